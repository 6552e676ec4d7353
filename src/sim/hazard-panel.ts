import { ResponseIndex, dayOf, firstDayOfMonthIndex, knownDay, statusOn } from '../domain/index.js';
import type { IndicatorEngine } from '../indicators/index.js';
import { monthOfDay } from './history.js';
import type { SimHistory } from './types.js';

/** The member's own record that the exit hazard reads, in this order. */
export const COVARIATES = ['unanswered', 'boycotts', 'absences', 'disalignment', 'outside_pull'] as const;
export type Covariate = (typeof COVARIATES)[number];
export const NC = COVARIATES.length;

/** One member-month at risk of leaving full membership: the record as known when the month began, and whether it left in it. */
export interface PanelRow {
  readonly code: string;
  readonly month: number;
  readonly x: Float64Array;
  /** 1 when the member left full membership in this month; `to` says for what. */
  readonly y: 0 | 1;
  readonly to: string | null;
}

/** A dated observation of one member's record: the day it counts from, and the kind. */
interface Mark {
  readonly code: string;
  readonly day: number;
  readonly kind: 0 | 1 | 2;
}

/**
 * The member's own record as marks on the days they became known: unanswered requests (from the
 * day their outcome was reported), exercise boycotts or cancellations charged to the member, summit
 * absences (the summit record's lists, and absences it does not list).
 */
function marksOf(history: SimHistory, unanswered: readonly string[]): Mark[] {
  const codes = new Set(history.members.map((m) => m.code));
  const responses = new ResponseIndex(history.events);
  const summitIds = new Set(history.summits.map((s) => s.id));
  const out: Mark[] = [];
  for (const e of history.events) {
    if (e.type === 'assistance.requested' && codes.has(e.actor) && unanswered.includes(String(e.details?.outcome))) {
      const k = responses.outcomeKnownDay(e);
      if (k !== undefined) out.push({ code: e.actor, day: k, kind: 0 });
    } else if (e.type === 'exercise.boycotted' || e.type === 'exercise.cancelled') {
      const who = codes.has(e.actor) ? e.actor : e.target;
      const k = knownDay(e);
      if (who !== null && codes.has(who) && k !== undefined) out.push({ code: who, day: k, kind: 1 });
    } else if (e.type === 'summit.absent' && codes.has(e.actor) && !summitIds.has(String(e.details?.meeting))) {
      const k = knownDay(e);
      if (k !== undefined) out.push({ code: e.actor, day: k, kind: 2 });
    }
  }
  for (const s of history.summits) for (const a of s.absent) if (codes.has(a)) out.push({ code: a, day: dayOf(s.date), kind: 2 });
  return out;
}

/**
 * Reads every member's covariates as of any day: the three decayed counts of its own record
 * (half-life `halfLife` months), and its disalignment (1 − alignment) and outside pull from the
 * cohesion indicators. Nothing known after the day enters.
 */
export class RecordReader {
  private readonly marks: Map<string, Mark[]>;
  private readonly tau: number;

  constructor(
    history: SimHistory,
    private readonly engine: IndicatorEngine,
    halfLife: number,
    unanswered: readonly string[],
  ) {
    this.tau = (halfLife * 365.25) / 12 / Math.LN2;
    this.marks = new Map();
    for (const m of marksOf(history, unanswered)) this.marks.set(m.code, [...(this.marks.get(m.code) ?? []), m]);
  }

  /** The decayed counts (unanswered, boycotts, absences) of a member as of `day`. */
  counts(code: string, day: number): [number, number, number] {
    const c: [number, number, number] = [0, 0, 0];
    for (const m of this.marks.get(code) ?? []) if (m.day <= day) c[m.kind] += Math.exp(-(day - m.day) / this.tau);
    return c;
  }

  /** Every covariate of every member as of `day` (YYYY-MM-DD), COVARIATES order. */
  at(day: string): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    const r = this.engine.asOf(day);
    const d = dayOf(day);
    for (const m of r.members) {
      const [u, b, a] = this.counts(m.code, d);
      out.set(m.code, Float64Array.of(u, b, a, 1 - m.components.alignment.value, m.components.outside_pull.value));
    }
    return out;
  }
}

/**
 * Member-months at risk of leaving full membership, from the first month any state was a party to
 * the month before `asOf`'s: the record as known on the last day of the previous month, and the
 * outcome. The hegemon is never at risk. A month counts only once it has ended by the as-of day.
 */
export function hazardPanel(history: SimHistory, reader: RecordReader, asOf: string, hegemon: string): PanelRow[] {
  const last = monthOfDay(asOf);
  const first = Math.min(...history.members.map((m) => monthOfDay(m.intervals[0]!.from)));
  const rows: PanelRow[] = [];
  // The first whole month after the treaty's signature: the month it was signed is only partly at risk.
  const opened = monthOfDay(history.alliance.founded) + 1;
  for (let month = Math.max(first, opened); month < last; month++) {
    const start = firstDayOfMonthIndex(month);
    const eve = new Date((start - 1) * 86_400_000).toISOString().slice(0, 10);
    const nextStart = firstDayOfMonthIndex(month + 1);
    const x = reader.at(eve);
    for (const m of history.members) {
      if (m.code === hegemon || statusOn(m, eve).status !== 'member') continue;
      const left = m.intervals.find((i) => i.status !== 'member' && dayOf(i.from) >= start && dayOf(i.from) < nextStart);
      rows.push({ code: m.code, month, x: x.get(m.code)!, y: left ? 1 : 0, to: left?.status ?? null });
    }
  }
  return rows;
}
