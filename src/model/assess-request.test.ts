import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../domain/index.js';
import { loadPack } from '../data/index.js';
import { assessRequest } from './assess-request.js';
import { stanceOf } from './assess.js';
import { loadParams } from './params.js';
import { ACTIONS } from './types.js';

const pack = loadPack();
const setup = { data: pack, base: loadParams(pack.alliance), span: { first: '1992-05-15', last: pack.manifest.curated_to }, draws: 8 };

describe('assessRequest()', () => {
  const kaz = assessRequest(
    { requester: 'KAZ', asked: 'CSTO', date: '2022-01-05', threat: 'internal_unrest', adversary: null, article: '4' },
    setup,
  );
  const arm = assessRequest(
    { requester: 'ARM', asked: 'CSTO', date: '2022-09-13', threat: 'external_attack', adversary: 'AZE', article: '4' },
    setup,
  );

  it('gives every outcome an interval at the declared level that contains the point probability shown', () => {
    for (const a of [kaz, arm]) {
      expect(a.interval).toMatchObject({ level: 0.8, draws: 8 });
      for (const o of OUTCOMES) {
        const [lo, hi] = a.intervals[o];
        expect(lo).toBeLessThanOrEqual(a.distribution[o]);
        expect(hi).toBeGreaterThanOrEqual(a.distribution[o]);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
      }
    }
    // Refitting on resampled cases and perturbed values moves the one deployment's probability: the interval is not a point.
    expect(kaz.intervals.deploy[1] - kaz.intervals.deploy[0]).toBeGreaterThan(0.01);
  });

  it('is deterministic: the bootstrap is seeded', () => {
    const again = assessRequest(kaz.request, setup);
    expect(again.intervals).toEqual(kaz.intervals);
  });

  it('shows each member the stance its utilities give: the action it values most over doing nothing', () => {
    for (const m of [...kaz.members, ...arm.members]) {
      const best = Math.max(0, ...ACTIONS.map((a) => m.utility[a]));
      expect(m.stance === 'none' ? 0 : m.utility[m.stance as (typeof ACTIONS)[number]]).toBe(best);
    }
    // Armenia in September 2022 values a mission above a deployment, so its stance is mission.
    const armenia = arm.members.find((m) => m.code === 'ARM')!;
    expect(armenia.utility.mission).toBeGreaterThan(armenia.utility.deploy);
    expect(armenia.stance).toBe('mission');
    expect(stanceOf({ utility: { deploy: 1, mission: 1, statement: -1 } })).toBe('mission');
    expect(stanceOf({ utility: { deploy: -1, mission: -2, statement: -0.5 } })).toBe('none');
  });

  it("reports the model's held-out record on cases like the one asked", () => {
    expect(arm.record.matched_on).toBe('asked CSTO, threat external_attack');
    expect(arm.record.cases.map((c) => c.id)).toContain('req-2022-09-13-arm-csto');
    expect(arm.record.reliability.reduce((s, b) => s + b.forecasts, 0)).toBeGreaterThan(0);
  });
});
