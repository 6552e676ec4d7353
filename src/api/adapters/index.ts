import { coderAdapter, type CoderAdapter } from './coder.js';
import { indicatorsAdapter, type IndicatorsAdapter } from './indicators.js';
import { modelAdapter, type ModelAdapter } from './model.js';
import { simAdapter, type SimAdapter } from './sim.js';

/** Each analysis module the API plugs in; undefined means "not available yet" (503). */
export interface Adapters {
  readonly indicators: IndicatorsAdapter | undefined;
  readonly model: ModelAdapter | undefined;
  readonly coder: CoderAdapter | undefined;
  readonly sim: SimAdapter | undefined;
}

/** The adapters of the modules that have landed. */
export const liveAdapters: Adapters = { indicators: indicatorsAdapter, model: modelAdapter, coder: coderAdapter, sim: simAdapter };

export type { AdapterContext } from './context.js';
export type { CoderAdapter, CoderArticle } from './coder.js';
export type { IndicatorsAdapter } from './indicators.js';
export { AssessBody, type ModelAdapter } from './model.js';
export { MAX_HORIZON, MAX_RUNS, SimulateBody, type SimAdapter } from './sim.js';
