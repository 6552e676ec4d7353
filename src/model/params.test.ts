import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelParams, PARAMS_PATH, loadParams } from './params.js';

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

  it('params.json is the frozen version: its hash, version and date match frozen.json', () => {
    const frozen = JSON.parse(readFileSync(join(PARAMS_PATH, '..', 'frozen.json'), 'utf8')) as Record<string, string>;
    const p = loadParams();
    expect(p.version).toBe(frozen['version']);
    expect(p.frozen_on).toBe(frozen['frozen_on']);
    // A change to any value or to the structure's rules needs a new version and a new hash.
    expect(createHash('sha256').update(readFileSync(PARAMS_PATH)).digest('hex')).toBe(frozen['sha256']);
  });
});
