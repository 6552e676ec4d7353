import { modelDeciderFactory } from './model-decider.js';
import type { DeciderFactory } from './types.js';

/**
 * The crisis model the simulator calls: src/model's `assess()` with the parameters in
 * src/data/csto/model/params.json. The walk-forward uses `modelDeciderFactory({ refit: true })` instead.
 */
export const defaultDecider: DeciderFactory = modelDeciderFactory();
