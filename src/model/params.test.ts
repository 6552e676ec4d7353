import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelParams, loadParams, paramsPath } from './params.js';

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

  it('params.json is the frozen version: its hash, version and date match frozen.json', () => {
    const path = paramsPath(alliance);
    const frozen = JSON.parse(readFileSync(join(path, '..', 'frozen.json'), 'utf8')) as Record<string, string>;
    const p = loadParams(alliance);
    expect(p.version).toBe(frozen['version']);
    expect(p.frozen_on).toBe(frozen['frozen_on']);
    // A change to any value or to the structure's rules needs a new version and a new hash.
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(frozen['sha256']);
  });
});
