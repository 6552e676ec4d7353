import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { ModelParams, loadParams } from './params.js';

const { alliance } = loadPack();

describe('the model parameters', () => {
  it('loadParams(alliance) validates src/data/csto/model/params.json', () => {
    const p = loadParams(alliance);
    expect(p.fit.fitted.every((n) => n in p.weights)).toBe(true);
  });

  it('ModelParams rejects a non-positive noise scale and names the field', () => {
    const bad = { ...loadParams(alliance), weights: { ...loadParams(alliance).weights, tau: 0 } };
    const r = ModelParams.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['weights', 'tau']);
  });
});
