import { describe, expect, it } from 'vitest';
import { ModelParams, loadParams } from './params.js';

describe('the model parameters', () => {
  it('loadParams() validates src/data/csto/model/params.json', () => {
    const p = loadParams();
    expect(p.hegemon).toBe('RUS');
    expect(p.fit.fitted.every((n) => n in p.weights)).toBe(true);
  });

  it('ModelParams rejects a non-positive noise scale and names the field', () => {
    const bad = { ...loadParams(), weights: { ...loadParams().weights, tau: 0 } };
    const r = ModelParams.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['weights', 'tau']);
  });
});
