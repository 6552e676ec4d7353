import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import type { ChronicleEvent, Member, Summit } from '../domain/index.js';
import { prepareIndicators } from './engine.js';
import type { AsOfResult } from './types.js';

// This test decides what was known on a day by its own reading of the records, with plain date
// strings, and never asks the engine (or src/domain's knownDay) what is late: a leak in either
// would make the two computations differ.

const pack = loadPack();
const TODAY = pack.manifest.curated_to;

/** Last day of a date given to the day, month or year, as a YYYY-MM-DD string. */
function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function plusDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The day a record was known: its report day, or with none the last day its date could mean. */
function knownOn(e: { date: string | null; reported?: string | undefined }): string | null {
  if (e.reported !== undefined) return e.date !== null && e.date.slice(0, 10) > e.reported ? e.date : e.reported;
  return e.date === null ? null : lastDay(e.date);
}

type Details = Record<string, unknown>;
const details = (e: ChronicleEvent): Details => (e.details ?? {}) as Details;

// The responses that can settle each outcome, as the codebook defines them.
const SETTLES: Record<string, string[]> = {
  deploy: ['deployment.started', 'assistance.granted'],
  mission: ['assistance.mission'],
  statement: ['assistance.declined', 'assistance.granted'],
  none: ['assistance.declined'],
};

/** The day a request's outcome was reported: its own outcome_reported, a linked response of its kind, or the end of the three-month window. */
function outcomeKnownOn(req: ChronicleEvent, all: readonly ChronicleEvent[]): string {
  const d = details(req);
  const asked = knownOn(req)!;
  if (typeof d['outcome_reported'] === 'string') return [asked, d['outcome_reported']].sort()[1]!;
  const episode = d['episode'];
  const linked = new Set([req.id]);
  for (const r of all)
    if (r.type === 'assistance.requested' && episode !== undefined && details(r)['episode'] === episode) linked.add(r.id);
  const outcome = String(d['outcome']);
  const days = all
    .filter((r) => SETTLES[outcome]!.includes(r.type) && linked.has(String(details(r)['request'])))
    .filter((r) => r.type !== 'assistance.granted' || Number(details(r)['troops']) > 0 === (outcome === 'deploy'))
    .map((r) => knownOn(r)!)
    .sort();
  const day = days[0] ?? plusDays(lastDay(req.date!), 91);
  return day > asked ? day : asked;
}

/** A clash with only the death toll reported by `day`. */
function tollAsOf(e: ChronicleEvent, day: string): ChronicleEvent {
  const d = { ...details(e) };
  const reports = (Array.isArray(d['fatalities_reported']) ? d['fatalities_reported'] : []) as { date: string; fatalities: number }[];
  const dated = reports.filter((r) => r.date <= day).map((r) => ({ date: r.date, n: r.fatalities }));
  if (typeof d['fatalities'] === 'number') {
    const asOf = d['fatalities_as_of'];
    if (typeof asOf === 'string' && asOf <= day) dated.push({ date: asOf, n: d['fatalities'] });
    if (asOf === undefined && reports.length === 0) dated.push({ date: '', n: d['fatalities'] });
  }
  delete d['fatalities_reported'];
  delete d['fatalities_as_of'];
  delete d['fatalities'];
  const last = dated.sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (last !== undefined) d['fatalities'] = last.n;
  return { ...e, details: d } as ChronicleEvent;
}

/** The pack as it stood on `day`: later records, later summits, later membership changes and later facts inside records removed. */
function packAsOf(day: string): { members: Member[]; summits: Summit[]; events: ChronicleEvent[] } {
  const members = pack.members
    .map((m) => {
      const intervals = m.intervals.filter((i) => i.from <= day).map((i) => (i.to !== null && i.to > day ? { ...i, to: null } : i));
      return { ...m, intervals };
    })
    .filter((m) => m.intervals.length > 0);
  const summits = pack.summits.filter((s) => s.date <= day);
  const events = pack.events
    .filter((e) => {
      const k = knownOn(e);
      return k !== null && k <= day;
    })
    .map((e) => {
      if (e.type === 'clash') return tollAsOf(e, day);
      if (e.type !== 'assistance.requested' || details(e)['outcome'] === undefined) return e;
      if (outcomeKnownOn(e, pack.events) <= day) return e;
      const { outcome: _late, ...rest } = details(e);
      return { ...e, details: rest } as ChronicleEvent;
    });
  return { members, summits, events };
}

// Figures compared to nine decimals: the two ledgers add the same amounts in slightly different ways.
const rounded = (r: AsOfResult, codes: ReadonlySet<string>): unknown =>
  JSON.parse(
    JSON.stringify({ alliance: r.alliance, members: r.members.filter((m) => codes.has(m.code)) }, (_k, v: unknown) =>
      typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v,
    ),
  );

describe('no look-ahead on the real pack, checked without the engine', () => {
  const full = prepareIndicators({
    alliance: pack.alliance,
    members: pack.members,
    summits: pack.summits,
    events: pack.events,
    today: TODAY,
  });
  const first = Date.parse('1992-06-01T00:00:00Z') / 86_400_000;
  const last = Date.parse(`${TODAY}T00:00:00Z`) / 86_400_000;
  const day = fc.integer({ min: first, max: last }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

  it('every figure as of a random day equals the figure computed from the pack with everything reported later removed', () => {
    fc.assert(
      fc.property(day, (d) => {
        const then = packAsOf(d);
        const truncated = prepareIndicators({ ...then, alliance: pack.alliance, today: d }).asOf(d);
        const codes = new Set(then.members.map((m) => m.code));
        expect(rounded(full.asOf(d), codes)).toEqual(rounded(truncated, codes));
      }),
      { numRuns: 120, seed: 20221021 },
    );
  });

  it('holds on the days where a leak would show: requests and their eves, clash days, the eves of summits, mid-month of month-dated records', () => {
    const days = new Set<string>();
    for (const e of pack.events) {
      if (e.date === null) continue;
      if (e.type === 'assistance.requested' || e.type === 'clash') days.add(lastDay(e.date)).add(plusDays(knownOn(e)!, 14));
      if (e.date.length === 7 && e.reported === undefined) days.add(`${e.date}-15`);
    }
    for (const s of pack.summits) days.add(plusDays(s.date, -1)).add(plusDays(s.date, -200));
    const checked = [...days].filter((d) => d >= '1992-06-01' && d <= TODAY).sort();
    expect(checked.length).toBeGreaterThan(150);
    for (const d of checked) {
      const then = packAsOf(d);
      const codes = new Set(then.members.map((m) => m.code));
      expect(rounded(full.asOf(d), codes), d).toEqual(
        rounded(prepareIndicators({ ...then, alliance: pack.alliance, today: d }).asOf(d), codes),
      );
    }
  });
});
