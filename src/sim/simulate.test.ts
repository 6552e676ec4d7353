import { describe, expect, it } from 'vitest';
import { frequencyDecider } from './frequency-decider.js';
import { matchesGolden } from './golden.js';
import { loadPack } from '../data/index.js';
import { historyOf } from './pack-history.js';
import { parseScenario } from './scenario.js';
import { simulate, simulateSync } from './simulate.js';
import { syntheticHistory } from './test-helpers/synthetic-history.js';

const pack = loadPack();
const history = historyOf(pack, pack.manifest.curated_to);
// The golden summaries use the frequency decider so that they pin the simulator, not the crisis model's fit.
const base = { history, asOf: '2022-01-01', horizon: 24, runs: 2000, seed: 7, decider: frequencyDecider };

describe('simulateSync()', () => {
  it('gives the same output for the same seed', () => {
    expect(simulateSync(base)).toEqual(simulateSync(base));
  });

  it('gives different draws for another seed', () => {
    expect(simulateSync({ ...base, seed: 8 }).members).not.toEqual(simulateSync(base).members);
  });

  it('matches the golden summary of 2,000 runs on a fixed synthetic history', () => {
    // A synthetic history, so the golden file pins the simulator and not the state of the data pack.
    const fixed = { ...base, history: syntheticHistory(), asOf: '2020-01-01' };
    expect(matchesGolden('synthetic-2020-01-01-h24-r2000-s7', simulateSync(fixed))).toBe(true);
  });

  it('gives each member status probabilities that sum to 1', () => {
    for (const m of simulateSync({ ...base, runs: 300 }).members) {
      const sum = Object.values(m.status_probabilities).reduce((a, b) => a + b, 0);
      expect(sum, m.code).toBeCloseTo(1, 3);
    }
  });

  it('keeps the 10–90% band of the index around its median', () => {
    for (const b of simulateSync({ ...base, runs: 300 }).alliance.index) {
      expect(b.p10).toBeLessThanOrEqual(b.median);
      expect(b.median).toBeLessThanOrEqual(b.p90);
    }
  });

  it('never makes a full member less likely to leave when outside powers pull harder (the fitted effect is never negative)', () => {
    const low = simulateSync({ ...base, runs: 4000, scenario: parseScenario({ name: 'low', outside_pull: { KGZ: 0 } }) });
    const high = simulateSync({ ...base, runs: 4000, scenario: parseScenario({ name: 'high', outside_pull: { KGZ: 1 } }) });
    const left = (r: typeof low) => 1 - r.members.find((m) => m.code === 'KGZ')!.status_probabilities.member;
    // The same seed draws the same numbers, so a larger hazard can only turn more of them into exits.
    expect(left(high)).toBeGreaterThanOrEqual(left(low));
  });

  it('lets no state that left return without a modelled cause: Azerbaijan and Georgia stay out as of the seed', () => {
    const r = simulateSync({ ...base, asOf: '2022-10-21', horizon: 36, runs: 2000 });
    for (const code of ['AZE', 'GEO']) {
      const m = r.members.find((x) => x.code === code)!;
      expect(m.start_status, code).toBe('withdrawn');
      expect(m.status_probabilities.member, code).toBe(0);
    }
  });

  it('refuses an as-of day outside the data, naming the option', () => {
    expect(() => simulateSync({ ...base, asOf: '1990-01-01' })).toThrowErrorMatchingInlineSnapshot(
      `[SimInputError: as-of: 1990-01-01 is before the data begins (1992-05-15, the first membership)]`,
    );
    expect(() => simulateSync({ ...base, asOf: '2999-01-01' })).toThrow(/^as-of: 2999-01-01 is after the data ends/);
  });

  it('refuses a scenario naming a state that is not a party', () => {
    expect(() => simulateSync({ ...base, scenario: parseScenario({ name: 'x', outside_pull: { UKR: 0.5 } }) })).toThrow(
      /^scenario\.outside_pull\.UKR: not a party/,
    );
  });

  it('refuses a horizon of zero months', () => {
    expect(() => simulateSync({ ...base, horizon: 0 })).toThrow(/^horizon: 0 /);
  });
});

describe('simulate()', () => {
  it('matches simulateSync() when it runs to the end', async () => {
    expect(await simulate({ ...base, runs: 500 })).toEqual(simulateSync({ ...base, runs: 500 }));
  });

  it('stops when aborted and says how many runs the result covers', async () => {
    const ac = new AbortController();
    const r = await simulate({ ...base, runs: 50_000, signal: ac.signal, onProgress: () => ac.abort() });
    expect(r.complete).toBe(false);
    expect(r.runs).toBeGreaterThan(0);
    expect(r.runs).toBeLessThan(50_000);
    expect(r.runs_requested).toBe(50_000);
  });
});
