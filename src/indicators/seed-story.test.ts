import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { today } from '../domain/index.js';
import { compositeOf } from './evaluate.js';
import { prepareIndicators, type IndicatorEngine } from './engine.js';
import { dirichletWeights, meanOf, shareBelow, vectorOf, type Vector } from './test-helpers/robustness.js';
import { loadWeights } from './weights.js';

// The seed article's story (../shared/seed) must show in the numbers computed from the real pack,
// and must not hinge on the chosen weights: each conclusion holds for >= 80% of 1,000 random ones.
const FIXED = loadWeights(loadPack().alliance).composite;
const DRAWS = dirichletWeights(1000, 20221021);
let engine: IndicatorEngine;

beforeAll(() => {
  const pack = loadPack();
  engine = prepareIndicators({
    alliance: pack.alliance,
    members: pack.members,
    summits: pack.summits,
    events: pack.events,
    today: today(),
  });
});

const alliance = (day: string): Vector => vectorOf(engine.asOf(day).alliance);
const member = (day: string, code: string): Vector => vectorOf(engine.asOf(day, code).members[0]!);
const meanOver = (from: string, to: string): Vector => meanOf(engine.series({ from, to }).map((p) => vectorOf(p.alliance)));

function holds(name: string, lower: () => Vector, higher: () => Vector): void {
  it(`${name}, with the fixed weights and for >= 80% of Dirichlet weights`, () => {
    const lo = lower();
    const hi = higher();
    expect(compositeOf(lo, FIXED)).toBeLessThan(compositeOf(hi, FIXED));
    expect(shareBelow(lo, hi, DRAWS)).toBeGreaterThanOrEqual(0.8);
  });
}

describe('the seed story on the data pack', () => {
  holds(
    'the alliance index on 2022-10-21 is below its value on 2021-10-21',
    () => alliance('2022-10-21'),
    () => alliance('2021-10-21'),
  );
  holds(
    'Armenia stands below Belarus on 2022-10-21',
    () => member('2022-10-21', 'ARM'),
    () => member('2022-10-21', 'BLR'),
  );
  holds(
    'Kyrgyzstan stands below Belarus on 2022-10-21',
    () => member('2022-10-21', 'KGZ'),
    () => member('2022-10-21', 'BLR'),
  );
  holds(
    "the alliance's mean over 1999 is below its mean over 1998",
    () => meanOver('1999-01', '1999-12'),
    () => meanOver('1998-01', '1998-12'),
  );
  holds(
    "the alliance's mean over 2012-07..12 is below its mean over 2011-01..06",
    () => meanOver('2012-07', '2012-12'),
    () => meanOver('2011-01', '2011-06'),
  );
});
