import { describe, expect, it } from 'vitest';
import { prepareIndicators } from './engine.js';
import { IndicatorInputError } from './errors.js';
import { tauDays } from './ledger.js';
import { ALLIANCE, FOUR, ev, input, member, summit } from './test-helpers/fixtures.js';
import { loadWeights } from './weights.js';

const W = loadWeights(ALLIANCE);
const of = (r: ReturnType<ReturnType<typeof prepareIndicators>['asOf']>, code: string) => r.members.find((m) => m.code === code)!;

describe('participation', () => {
  it('cohesion() drops when a member boycotts an exercise', () => {
    const held = ev('exercise.held', 'RUS', 'CSTO', '2020-09-10', { participants: ['RUS', 'BLR', 'ARM', 'KGZ'] });
    const before = prepareIndicators(input([held])).asOf('2021-01-01');
    const after = prepareIndicators(input([held, ev('exercise.boycotted', 'ARM', 'RUS', '2020-09-20')])).asOf('2021-01-01');
    expect(of(after, 'ARM').cohesion).toBeLessThan(of(before, 'ARM').cohesion);
    expect(of(after, 'BLR').cohesion).toBe(of(before, 'BLR').cohesion);
    expect(after.alliance.cohesion).toBeLessThan(before.alliance.cohesion);
  });

  it('participation() is the prior, flagged unmeasured, when nothing is on record', () => {
    const r = prepareIndicators(input([])).asOf('2000-01-01');
    expect(of(r, 'BLR').components.participation).toEqual({ value: 0.8, n: 0, weight: 0, measured: false });
  });

  it('participation() shrinks a share of attended exercises towards the prior with weight 2', () => {
    // One attended, one boycotted, same day, read on that day: decay factor 1.
    const e = [
      ev('exercise.held', 'BLR', 'CSTO', '2010-06-01', { participants: ['BLR'] }),
      ev('exercise.boycotted', 'BLR', 'RUS', '2010-06-01'),
    ];
    const p = of(prepareIndicators(input(e)).asOf('2010-06-01'), 'BLR').components.participation;
    expect(p.value).toBeCloseTo((2 * 0.8 + 1) / (2 + 2), 12);
    expect(p.n).toBe(2);
  });

  it('participation() halves an observation weight after one half-life', () => {
    const e = [ev('exercise.boycotted', 'BLR', 'RUS', '2010-06-01')];
    const months = W.half_life_months.participation;
    const day = new Date(Date.UTC(2010, 5, 1) + tauDays(months) * Math.LN2 * 86_400_000).toISOString().slice(0, 10);
    const p = of(prepareIndicators(input(e)).asOf(day), 'BLR').components.participation;
    expect(p.weight).toBeCloseTo(0.5, 2);
  });

  it('summit attendance counts each expected member, and a later-reported absence corrects it', () => {
    const s = summit('sum-2021-11-23-csto-yerevan', '2021-11-23', ['KGZ']);
    const base = prepareIndicators(input([], [s])).asOf('2021-12-31');
    expect(of(base, 'KGZ').coverage.summits_missed).toBe(1);
    expect(of(base, 'ARM').coverage.summits_attended).toBe(1);
    const late = ev('summit.absent', 'ARM', 'CSTO', '2021-11-23', { meeting: s.id }, '2022-01-10');
    const eng = prepareIndicators(input([late], [s]));
    expect(of(eng.asOf('2021-12-31'), 'ARM').coverage.summits_attended).toBe(1);
    expect(of(eng.asOf('2022-01-10'), 'ARM').coverage).toMatchObject({ summits_attended: 0, summits_missed: 1 });
  });

  it('a summit.absent already in the summit record is not counted twice', () => {
    const s = summit('sum-x', '2021-11-23', ['KGZ']);
    const dup = ev('summit.absent', 'KGZ', 'CSTO', '2021-11-23', { meeting: 'sum-x' });
    const a = prepareIndicators(input([], [s])).asOf('2022-01-01');
    const b = prepareIndicators(input([dup], [s])).asOf('2022-01-01');
    expect(b).toEqual(a);
  });

  it('a party left off an exercise list counts as half a miss, a suspended one as a full miss', () => {
    const uzb = member('UZB', 704, '1992-05-15', [
      { status: 'suspended', from: '2012-06-28', to: null, basis: 'de_jure', source: 'https://example.org/x' },
    ]);
    const held = ev('exercise.held', 'RUS', 'CSTO', '2012-09-15', { participants: ['RUS', 'ARM'] });
    const r = prepareIndicators(input([held], [], [...FOUR, uzb])).asOf('2012-09-15');
    expect(of(r, 'BLR').components.participation.value).toBeCloseTo((2 * 0.8) / 2.5, 12);
    expect(of(r, 'UZB').components.participation.value).toBeCloseTo((2 * 0.8) / 3, 12);
    expect(of(r, 'BLR').coverage.exercises_not_listed).toBe(1);
    expect(of(r, 'ARM').components.participation.value).toBeCloseTo((2 * 0.8 + 1) / 3, 12);
  });

  it('a suspended party is counted absent from summits whatever the record says', () => {
    const uzb = member('UZB', 704, '1992-05-15', [
      { status: 'suspended', from: '2012-06-28', to: null, basis: 'de_jure', source: 'https://example.org/x' },
    ]);
    const r = prepareIndicators(input([], [summit('s', '2012-12-19')], [...FOUR, uzb])).asOf('2012-12-31');
    expect(of(r, 'UZB').coverage).toMatchObject({ summits_attended: 0, summits_missed: 1 });
    expect(r.alliance.coverage).toMatchObject({ summits_attended: 4, summits_missed: 1 });
  });

  it('refusing to sign counts against participation', () => {
    const r = prepareIndicators(input([ev('declaration.refused', 'ARM', 'CSTO', '2022-11-23', { document: 'declaration' })])).asOf(
      '2022-11-23',
    );
    expect(of(r, 'ARM').coverage.declarations_refused).toBe(1);
    expect(of(r, 'ARM').components.participation.value).toBeCloseTo((2 * 0.8) / 3, 12);
  });
});

describe('guarantee, alignment, conflict, outside pull', () => {
  it('guarantee() starts at the Leeds–Long–Mitchell prior of 0.75 and scores an outcome from the day its response was reported', () => {
    const req = ev('assistance.requested', 'ARM', 'CSTO', '2022-09-13', { threat: 'border_clash', outcome: 'mission', episode: 'e1' });
    const mission = ev('assistance.mission', 'CSTO', 'ARM', '2022-09-15', { request: req.id }, '2022-09-16');
    const eng = prepareIndicators(input([req, mission]));
    expect(of(eng.asOf('2022-09-12'), 'ARM').components.guarantee.value).toBe(0.75);
    // Asked, not yet answered: pending, the prior unchanged.
    expect(of(eng.asOf('2022-09-15'), 'ARM').components.guarantee.value).toBe(0.75);
    expect(of(eng.asOf('2022-09-15'), 'ARM').coverage).toMatchObject({ requests: 0, requests_pending: 1 });
    // The observation is dated to the request (13 September), so by the 16th it has decayed for three days.
    const w = Math.exp(-3 / tauDays(W.half_life_months.guarantee));
    expect(of(eng.asOf('2022-09-16'), 'ARM').components.guarantee.value).toBeCloseTo((2 * 0.75 + 0.4 * w) / (2 + w), 12);
    expect(eng.asOf('2022-09-16').alliance.coverage).toMatchObject({ requests: 1, requests_pending: 0 });
  });

  it('an outcome with no response on record counts once the three-month window has lapsed, or from its outcome_reported day', () => {
    const lapse = ev('assistance.requested', 'KGZ', 'CSTO', '2022-10-19', { outcome: 'none' });
    const dated = ev('assistance.requested', 'ARM', 'RUS', '2020-10-31', { outcome: 'statement', outcome_reported: '2020-11-02' });
    const eng = prepareIndicators(input([lapse, dated]));
    expect(of(eng.asOf('2023-01-17'), 'KGZ').coverage.requests_pending).toBe(1);
    expect(of(eng.asOf('2023-01-18'), 'KGZ').coverage).toMatchObject({ requests: 1, requests_pending: 0 });
    expect(of(eng.asOf('2020-11-01'), 'ARM').coverage.requests).toBe(0);
    expect(of(eng.asOf('2020-11-02'), 'ARM').coverage.requests).toBe(1);
  });

  it('a clash counts with the death toll reported by the day, and moves when the toll is revised', () => {
    const clash = ev('clash', 'TJK', 'KGZ', '2022-09-14', {
      fatalities: 104,
      fatalities_reported: [{ date: '2022-09-18', fatalities: 71, source: 'https://example.org/a' }],
    });
    const members = [...FOUR, member('TJK', 702)];
    const eng = prepareIndicators(input([clash], [], members));
    const conflict = (d: string) => of(eng.asOf(d), 'KGZ').components.conflict.weight;
    // Before the first report the clash counts with no deaths known; the undated final total never counts.
    expect(conflict('2022-09-15')).toBeCloseTo(1, 1);
    expect(conflict('2022-09-18')).toBeCloseTo(1 + Math.log10(72), 1);
    expect(conflict('2024-12-31')).toBeLessThan(conflict('2022-09-18'));
  });

  it('a request with no recorded outcome is pending, not a failure', () => {
    const r = prepareIndicators(input([ev('assistance.requested', 'ARM', 'CSTO', '2022-09-13')])).asOf('2022-10-01');
    expect(of(r, 'ARM').components.guarantee).toMatchObject({ value: 0.75, measured: false });
    expect(of(r, 'ARM').coverage.requests_pending).toBe(1);
  });

  it('alignment() compares each vote with the hegemon’s on the same resolution', () => {
    const res = { resolution: 'A/RES/ES-11/1' };
    const e = [
      ev('un.vote', 'RUS', 'UN', '2022-03-02', { ...res, vote: 'no' }),
      ev('un.vote', 'BLR', 'UN', '2022-03-02', { ...res, vote: 'no' }),
      ev('un.vote', 'ARM', 'UN', '2022-03-02', { ...res, vote: 'abstain' }),
      ev('un.vote', 'KGZ', 'UN', '2022-03-02', { ...res, vote: 'absent' }),
    ];
    const r = prepareIndicators(input(e)).asOf('2022-03-02');
    expect(of(r, 'BLR').components.alignment.value).toBeCloseTo((1.6 + 1) / 3, 12);
    expect(of(r, 'ARM').components.alignment.value).toBeCloseTo((1.6 + 0.5) / 3, 12);
    expect(of(r, 'KGZ').components.alignment).toMatchObject({ value: 0.8, n: 0, measured: false });
    expect(of(r, 'RUS').components.alignment.value).toBe(1);
  });

  it('a vote waits for the hegemon’s vote to be known', () => {
    const e = [
      ev('un.vote', 'BLR', 'UN', '2014-03-27', { resolution: 'A/RES/68/262', vote: 'no' }),
      ev('un.vote', 'RUS', 'UN', '2014-03-27', { resolution: 'A/RES/68/262', vote: 'no' }, '2014-06-01'),
    ];
    const eng = prepareIndicators(input(e));
    expect(of(eng.asOf('2014-05-31'), 'BLR').coverage.un_votes).toBe(0);
    expect(of(eng.asOf('2014-06-01'), 'BLR').coverage.un_votes).toBe(1);
  });

  it('conflict() rises for both members of a clash and for the alliance, not for bystanders', () => {
    const r = prepareIndicators(input([ev('clash', 'ARM', 'KGZ', '2022-09-14', { fatalities: 9 })])).asOf('2022-09-14');
    // 1 + log10(1 + 9) = 2 clash units; conflict = 2 / (1 + 2).
    expect(of(r, 'ARM').components.conflict.value).toBeCloseTo(2 / 3, 12);
    expect(of(r, 'KGZ').components.conflict.value).toBeCloseTo(2 / 3, 12);
    expect(of(r, 'BLR').components.conflict).toMatchObject({ value: 0, measured: false });
    expect(r.alliance.coverage.clashes).toBe(1);
  });

  it('a clash with a state outside the alliance is not internal conflict', () => {
    const r = prepareIndicators(input([ev('clash', 'AZE', 'ARM', '2022-09-13', { fatalities: 200 })])).asOf('2022-10-01');
    expect(of(r, 'ARM').components.conflict.value).toBe(0);
  });

  it('outside_pull() weighs partners and ignores the hegemon’s own ties', () => {
    const e = [ev('external.cooperation', 'KGZ', 'CHN', '2022-05-01'), ev('external.cooperation', 'RUS', 'CHN', '2022-05-01')];
    const r = prepareIndicators(input(e)).asOf('2022-05-01');
    expect(of(r, 'KGZ').components.outside_pull.value).toBeCloseTo(1 / 3, 12);
    expect(of(r, 'RUS').components.outside_pull.value).toBe(0);
    expect(r.alliance.components.outside_pull.value).toBeCloseTo(1 / 9, 12);
  });
});

describe('status and the composite', () => {
  const leaver = member('UZB', 704, '1992-05-15', [
    { status: 'withdrawn', from: '1999-04-20', to: null, basis: 'de_jure', source: 'https://example.org/x' },
  ]);

  it('status() reads the interval covering the day, de jure and de facto apart', () => {
    const arm = member('ARM', 371, '1992-05-15', [
      { status: 'frozen', from: '2024-02-22', to: null, basis: 'de_facto', source: 'https://example.org/x' },
    ]);
    const r = prepareIndicators(input([], [], [FOUR[0]!, arm])).asOf('2024-06-01');
    expect(of(r, 'ARM').status).toEqual({ de_jure: 'member', de_facto: 'frozen', score: 0.25 });
    expect(of(r, 'ARM').in_alliance).toBe(true);
  });

  it('a withdrawal lowers the alliance index and fades from it with time', () => {
    const eng = prepareIndicators(input([], [], [...FOUR, leaver]));
    const [before, just, later] = ['1999-04-19', '1999-04-20', '2009-04-20'].map((d) => eng.asOf(d).alliance);
    expect(just!.components.status.value).toBeCloseTo(4 / 5, 6);
    expect(just!.cohesion).toBeLessThan(before!.cohesion);
    expect(later!.components.status.value).toBeGreaterThan(0.99);
  });

  it('cohesion() of a quiet member is the weighted sum of priors and full status', () => {
    const r = prepareIndicators(input([])).asOf('2005-01-01');
    const w = W.composite;
    const expected = 100 * (w.participation * 0.8 + w.guarantee * 0.75 + w.alignment * 0.8 + w.conflict + w.outside_pull + w.status);
    expect(of(r, 'BLR').cohesion).toBeCloseTo(expected, 10);
  });
});

describe('bad input', () => {
  const eng = prepareIndicators(input([]));
  it.each([
    ['1991-12-31', /before 1992/],
    ['2025-01-01', /after today/],
    ['2022-02-30', /not a date/],
  ])('asOf(%s) throws a readable IndicatorInputError', (day, msg) => {
    expect(() => eng.asOf(day)).toThrow(IndicatorInputError);
    expect(() => eng.asOf(day)).toThrow(msg);
  });
  it('rejects a state that was never a member', () => {
    expect(() => eng.asOf('2020-01-01', 'UKR')).toThrow(/UKR.*never a party/);
  });
  it('rejects an input with no members', () => {
    expect(() => prepareIndicators(input([], [], []))).toThrow(/no members/);
  });
});

describe('series', () => {
  it('series() has one point per month from 1992-05, each equal to the as-of figure at month end', () => {
    const e = [ev('exercise.boycotted', 'ARM', 'RUS', '2022-09'), ev('clash', 'KGZ', 'ARM', '2021-04-29')];
    const eng = prepareIndicators(input(e));
    const s = eng.series();
    expect(s[0]!.month).toBe('1992-05');
    expect(s.at(-1)!.month).toBe('2024-12');
    expect(s.length).toBe(12 * 32 + 8);
    expect(s.find((p) => p.month === '2022-09')).toEqual({ month: '2022-09', ...eng.asOf('2022-09-30') });
  });
});
