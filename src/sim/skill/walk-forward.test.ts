import { describe, expect, it } from 'vitest';
import { frequencyDecider } from '../frequency-decider.js';
import { matchesGolden } from '../golden.js';
import { loadPack } from '../../data/index.js';
import { historyOf } from '../pack-history.js';
import { OutcomeLedger } from './labels.js';
import { quarterStarts, walkForward } from './walk-forward.js';
import { syntheticHistory } from '../test-helpers/synthetic-history.js';
import { dayOf } from '../../domain/index.js';

const pack = loadPack();
const history = historyOf(pack, pack.manifest.curated_to);

describe('walkForward()', () => {
  it('has 76 quarterly origins from 2004 to 2022', () => {
    const q = quarterStarts(2004, 2022);
    expect(q.length).toBe(76);
  });

  it('labels the 2012 suspension as a status change in the year after 2011-10-01', () => {
    const l = new OutcomeLedger(history);
    expect(l.happened('UZB', 'status_change', dayOf('2011-10-01'), dayOf('2012-10-01'))).toBe(true);
    expect(l.happened('KAZ', 'status_change', dayOf('2011-10-01'), dayOf('2012-10-01'))).toBe(false);
  });

  it('never counts what was not yet known when given a knowledge cut-off', () => {
    const l = new OutcomeLedger(history);
    // Armenia's absence from the 2023-11-23 summit was known only on the day.
    expect(l.happened('ARM', 'summit_absence', dayOf('2023-11-01'), dayOf('2023-12-01'), dayOf('2023-11-22'))).toBe(false);
    expect(l.happened('ARM', 'summit_absence', dayOf('2023-11-01'), dayOf('2023-12-01'))).toBe(true);
  });

  it('matches the golden skill report on a fixed synthetic history (frequency decider, 200 runs per origin)', () => {
    // A synthetic history, so the golden file pins the walk-forward and not the state of the data pack.
    const r = walkForward({ history: syntheticHistory(), runs: 200, seed: 1, decider: frequencyDecider });
    expect(r.origins).toBe(76);
    expect(matchesGolden('synthetic-walk-forward-r200-s1', r)).toBe(true);
  });

  it('scores every origin on the real data pack with finite Brier scores', () => {
    const r = walkForward({ history, runs: 50, seed: 1, decider: frequencyDecider });
    expect(r.origins).toBe(76);
    for (const o of Object.values(r.outcomes)) expect(Number.isFinite(o.brier)).toBe(true);
  });
});
