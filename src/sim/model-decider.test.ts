import { describe, expect, it } from 'vitest';
import { assess, buildContext, loadParams, type ModelData } from '../model/index.js';
import { modelDeciderFactory } from './model-decider.js';
import { loadPack } from '../data/index.js';
import { historyOf } from './pack-history.js';
import type { SimRequest } from './types.js';

const pack = loadPack();
const history = historyOf(pack, pack.manifest.curated_to);
const asOf = '2022-09-12';
const decide = modelDeciderFactory()(history, asOf);
const req: SimRequest = { requester: 'ARM', asked: 'CSTO', date: asOf, threat: 'external_attack', adversary: 'AZE', article: '4' };
const data: ModelData = history;
const ctx = buildContext(data, asOf);

describe('the model decider', () => {
  it("passes the run's state to assess(): at the starting values it is the model's own answer", () => {
    const start = {
      requesterAlignment: ctx.alignment['ARM']!,
      hegemonCapacity: 0.4,
      startAlignment: ctx.alignment['ARM']!,
      startCapacity: 0.4,
    };
    expect(decide(req, start)).toEqual(assess(req, ctx, loadParams(pack.alliance)).distribution);
  });

  it('answers a more aligned requester and a freer hegemon with more force, through the model, not a tilt', () => {
    const s = { requesterAlignment: 0.8, hegemonCapacity: 0.4, startAlignment: 0.8, startCapacity: 0.4 };
    const base = decide({ ...req, asked: 'RUS' }, s);
    const aligned = decide({ ...req, asked: 'RUS' }, { ...s, requesterAlignment: 1 });
    const free = decide({ ...req, asked: 'RUS' }, { ...s, hegemonCapacity: 1 });
    expect(aligned.none).toBeLessThan(base.none);
    expect(free.deploy).toBeGreaterThan(base.deploy);
  });
});
