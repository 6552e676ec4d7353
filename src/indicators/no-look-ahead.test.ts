import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayString, knownDay } from '../domain/index.js';
import { prepareIndicators } from './engine.js';
import { FOUR, input, member, summit } from './test-helpers/fixtures.js';
import type { IndicatorEvent } from './types.js';

const MEMBERS = [
  ...FOUR,
  member('UZB', 704, '1992-05-15', [
    { status: 'suspended', from: '2012-06-28', to: null, basis: 'de_jure', source: 'https://example.org/x' },
  ]),
];
const CODES = ['RUS', 'BLR', 'ARM', 'KGZ', 'UZB', 'CHN', 'AZE', 'CSTO'];
const TYPES = [
  'exercise.held',
  'exercise.boycotted',
  'exercise.cancelled',
  'summit.absent',
  'declaration.refused',
  'assistance.requested',
  'alignment.supported',
  'alignment.diverged',
  'un.vote',
  'clash',
  'external.cooperation',
  'membership.frozen',
];
const SUMMITS = [
  summit('s1', '2010-05-10', ['ARM']),
  summit('s2', '2015-10-01', [], ['KGZ']),
  summit('s3', '2020-12-02', ['BLR'], [], 'EAEU'),
];
const TODAY = '2024-12-31';
const FIRST = Date.UTC(1992, 0, 1) / 86_400_000;
const LAST = Date.UTC(2024, 11, 31) / 86_400_000;

const day = fc.integer({ min: FIRST, max: LAST }).map(dayString);
const date = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
);
const event: fc.Arbitrary<IndicatorEvent> = fc
  .record({
    type: fc.constantFrom(...TYPES),
    actor: fc.constantFrom(...CODES),
    target: fc.constantFrom(...CODES, 'RUS', 'UN', null),
    date,
    reported: fc.option(day, { nil: undefined }),
    participants: fc.subarray(CODES),
    outcome: fc.constantFrom('deploy', 'mission', 'statement', 'none', undefined),
    resolution: fc.constantFrom('A/RES/1', 'A/RES/2', 'A/RES/3'),
    vote: fc.constantFrom('yes', 'no', 'abstain', 'absent'),
    fatalities: fc.nat(500),
    meeting: fc.constantFrom('s1', 's2', 's3', 'other'),
  })
  .map(
    (r) =>
      ({
        type: r.type,
        actor: r.actor,
        target: r.target,
        date: r.date,
        ...(r.reported !== undefined && r.reported >= r.date.slice(0, 10) ? { reported: r.reported } : {}),
        details: {
          participants: r.participants,
          outcome: r.outcome,
          resolution: r.resolution,
          vote: r.vote,
          fatalities: r.fatalities,
          meeting: r.meeting,
        },
        // Every event carries every type's fields, as a record may (details are open); its type decides which are read.
      }) as IndicatorEvent,
  );

describe('no look-ahead', () => {
  it('adding any event known after D leaves every indicator as of D unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 40 }),
        fc.array(event, { minLength: 1, maxLength: 5 }),
        day,
        fc.nat(),
        (base, extra, asOf, pos) => {
          const late = extra.filter((e) => (knownDay(e) ?? Infinity) > Date.parse(`${asOf}T00:00:00Z`) / 86_400_000);
          fc.pre(late.length > 0);
          const mixed = [...base];
          for (const e of late) mixed.splice(pos % (mixed.length + 1), 0, e);
          const a = prepareIndicators(input(base, SUMMITS, MEMBERS, TODAY)).asOf(asOf);
          const b = prepareIndicators(input(mixed, SUMMITS, MEMBERS, TODAY)).asOf(asOf);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 300, seed: 20221021 },
    );
  });

  it('every figure is a finite number, whatever the events', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), day, (events, asOf) => {
        const r = prepareIndicators(input(events, SUMMITS, MEMBERS, TODAY)).asOf(asOf);
        for (const v of [r.alliance, ...r.members]) {
          expect(Number.isFinite(v.cohesion) && v.cohesion >= 0 && v.cohesion <= 100).toBe(true);
          for (const c of Object.values(v.components)) expect(Number.isFinite(c.value) && Number.isFinite(c.weight)).toBe(true);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
