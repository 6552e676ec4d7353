import {
  ResponseIndex,
  dayOf,
  fatalitiesKnownOn,
  fatalityReports,
  firstAskableDay,
  intervalOf,
  knownDay,
  monthIndexOfDay,
  type Alliance,
  type Summit,
} from '../domain/index.js';
import { Roster } from './roster.js';
import type { IndicatorEvent, IndicatorInput } from './types.js';
import type { IndicatorWeights } from './weights.js';

/**
 * A fact inside an event that became known after the event itself: a request's outcome, reported
 * when the response was, or a clash's death toll as it was revised. It moves the figures from its
 * own day, with the recency of the event it belongs to.
 */
export interface Revision {
  readonly event: number;
  readonly kind: 'outcome' | 'fatalities';
  /** For fatalities, the change of the clash's intensity; unused for an outcome. */
  readonly amount: number;
}

/**
 * The input put in the order the indicators consume it. Items are events (index >= 0), summits
 * (index -1 - i) and revisions (index events.length + r). Each has an effective day, the first day it may move a figure, and
 * items are grouped by the month of that day, stable in input order, so a figure as of any day
 * is the sum of whole months plus a prefix of one month.
 */
export interface Compiled {
  readonly events: readonly IndicatorEvent[];
  readonly summits: readonly Summit[];
  readonly roster: Roster;
  readonly weights: IndicatorWeights;
  readonly alliance: Alliance;
  readonly hegemon: string;
  /** The alliance and the forums whose summits count: no outside cooperation with them. */
  readonly forums: ReadonlySet<string>;
  /** Day number of the first askable day, the reference of every decayed slot. */
  readonly epoch: number;
  readonly hegemonRow: number;
  /** Hegemon's earliest-known vote per resolution. */
  readonly hegemonVote: ReadonlyMap<string, string>;
  readonly summitById: ReadonlyMap<string, number>;
  readonly revisions: readonly Revision[];
  /** A clash's first intensity uses the toll known on the day the clash was. */
  readonly firstFatalities: ReadonlyMap<number, number>;
  /** Effective day of event i at [i], of summit j at [events.length + j], of revision r after the summits. */
  readonly effective: Float64Array;
  /** Day the item happened (mid-point of a partial date), for recency weights. */
  readonly happened: Float64Array;
  /** Item ids (event index, or -1 - summit index) sorted by effective month. */
  readonly order: Int32Array;
  /** order[monthStart[m] .. monthStart[m + 1]) are the items of month m (0 = FIRST_MONTH). */
  readonly monthStart: Int32Array;
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly todayDay: number;
}

/** Effective and happened day of an item, by its id. */
export function slotOf(c: Compiled, item: number): number {
  if (item < 0) return c.events.length + (-1 - item);
  return item < c.events.length ? item : item + c.summits.length;
}

/** The event an item is or belongs to (a revision's event), or undefined for a summit. */
export function eventIndexOf(c: Compiled, item: number): number | undefined {
  if (item < 0) return undefined;
  return item < c.events.length ? item : c.revisions[item - c.events.length]!.event;
}

/** A clash's intensity from its death toll, all sides: 1 for a clash with none. */
export const intensityOf = (fatalities: number): number => 1 + Math.log10(1 + Math.max(0, fatalities));

/** Facts reported after their event: outcomes of requests and revised death tolls, each with its day. */
function revisionsOf(events: readonly IndicatorEvent[]): { list: (Revision & { day: number })[]; first: Map<number, number> } {
  const responses = new ResponseIndex(events);
  const list: (Revision & { day: number })[] = [];
  const first = new Map<number, number>();
  events.forEach((e, i) => {
    if (e.type === 'assistance.requested') {
      const day = responses.outcomeKnownDay(e);
      if (day === undefined) return;
      list.push({ event: i, kind: 'outcome', amount: 0, day });
    } else if (e.type === 'clash') {
      const known = knownDay(e);
      if (known === undefined) return;
      // The clash counts from its own day with the toll reported by then (none yet: intensity 1);
      // each later report moves it by the difference.
      let prev = fatalitiesKnownOn(e, known) ?? 0;
      first.set(i, prev);
      for (const r of fatalityReports(e)) {
        if (r.day <= known) continue;
        const amount = intensityOf(r.fatalities) - intensityOf(prev);
        if (amount !== 0) list.push({ event: i, kind: 'fatalities', amount, day: r.day });
        prev = r.fatalities;
      }
    }
  });
  return { list, first };
}

/** Compiles the input once; every query afterwards is a lookup plus at most one month of work. */
export function compile(input: IndicatorInput, weights: IndicatorWeights): Compiled {
  const { events } = input;
  // A summit whose attendance nobody checked says nothing about who came: leave it out of the denominators.
  const summits = input.summits.filter((s) => s.attendance_checked !== false);
  const roster = new Roster(input.members);
  const todayDay = dayOf(input.today);
  const epoch = dayOf(firstAskableDay(input.alliance));
  const firstMonth = monthIndexOfDay(epoch);
  const lastMonth = monthIndexOfDay(todayDay);
  const late = revisionsOf(events);
  const n = events.length + summits.length + late.list.length;
  const effective = new Float64Array(n);
  const happened = new Float64Array(n);

  // Date strings repeat endlessly in a chronicle, so each is parsed once.
  const knownMemo = new Map<string, number>();
  const midMemo = new Map<string, number>();
  const known = (e: IndicatorEvent): number => {
    if (e.date === null && e.reported === undefined) return Number.NaN;
    const key = e.reported === undefined ? (e.date as string) : `${e.date ?? ''}|${e.reported}`;
    let k = knownMemo.get(key);
    if (k === undefined) knownMemo.set(key, (k = knownDay(e) ?? Number.NaN));
    return k;
  };
  const mid = (date: string): number => {
    let h = midMemo.get(date);
    if (h === undefined) {
      const s = intervalOf(date);
      midMemo.set(date, (h = Math.floor((s.first + s.last) / 2)));
    }
    return h;
  };

  // A vote says nothing about alignment until the hegemon's vote on the same text is known too.
  const hegemon = input.alliance.hegemon;
  const hegemonVote = new Map<string, string>();
  const hegemonKnown = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const k = known(e);
    effective[i] = k;
    happened[i] = Number.isNaN(k) ? k : Math.min(e.date === null ? k : mid(e.date), k);
    if (e.type === 'un.vote' && e.actor === hegemon) {
      const res = e.details?.['resolution'];
      const vote = e.details?.['vote'];
      if (typeof res !== 'string' || typeof vote !== 'string' || Number.isNaN(k)) continue;
      const prev = hegemonKnown.get(res);
      if (prev === undefined || k < prev) {
        hegemonKnown.set(res, k);
        hegemonVote.set(res, vote);
      }
    }
  }
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type !== 'un.vote' || e.actor === hegemon) continue;
    const res = e.details?.['resolution'];
    const hk = typeof res === 'string' ? hegemonKnown.get(res) : undefined;
    effective[i] = hk === undefined ? Number.NaN : Math.max(effective[i]!, hk);
  }
  const summitById = new Map<string, number>();
  summits.forEach((s, j) => {
    summitById.set(s.id, j);
    effective[events.length + j] = happened[events.length + j] = dayOf(s.date);
  });
  late.list.forEach((r, k) => {
    const slot = events.length + summits.length + k;
    // A fact cannot count before the event it belongs to does (a UN vote waits for the hegemon's).
    effective[slot] = Number.isNaN(effective[r.event]!) ? Number.NaN : Math.max(r.day, effective[r.event]!);
    happened[slot] = happened[r.event]!;
  });

  // Counting sort by effective month: stable, linear, no comparison of 10^6 items.
  const months = lastMonth - firstMonth + 1;
  const monthOf = new Int32Array(n);
  const counts = new Int32Array(months + 1);
  // Month of each day from the first as-of day to today, looked up rather than computed 10^6 times.
  const firstDay = epoch;
  const monthTable = new Int32Array(todayDay - firstDay + 1);
  for (let d = firstDay; d <= todayDay; d++) monthTable[d - firstDay] = monthIndexOfDay(d) - firstMonth;
  for (let i = 0; i < n; i++) {
    const d = effective[i]!;
    // Never known, or known only after today: cannot move any figure.
    const m = Number.isNaN(d) || d > todayDay ? -1 : d < firstDay ? 0 : monthTable[d - firstDay]!;
    monthOf[i] = m;
    if (m >= 0) counts[m + 1]!++;
  }
  const monthStart = new Int32Array(months + 1);
  for (let m = 0; m < months; m++) monthStart[m + 1] = monthStart[m]! + counts[m + 1]!;
  const cursor = monthStart.slice(0, months);
  const order = new Int32Array(monthStart[months]!);
  for (let i = 0; i < n; i++) {
    const m = monthOf[i]!;
    if (m >= 0) {
      const summit = i >= events.length && i < events.length + summits.length;
      order[cursor[m]!++] = summit ? -1 - (i - events.length) : i < events.length ? i : i - summits.length;
    }
  }
  return {
    events,
    summits,
    roster,
    weights,
    alliance: input.alliance,
    hegemon,
    forums: new Set(input.alliance.forums),
    epoch,
    hegemonRow: roster.index.get(hegemon) ?? -1,
    hegemonVote,
    summitById,
    revisions: late.list.map(({ event, kind, amount }) => ({ event, kind, amount })),
    firstFatalities: late.first,
    effective,
    happened,
    order,
    monthStart,
    firstMonth,
    lastMonth,
    todayDay,
  };
}
