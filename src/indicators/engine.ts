import { IsoDay, dayOf, dayString, firstAskableDay, firstDayOfMonthIndex, monthIndexOfDay, monthString } from '../domain/index.js';
import { type Compiled, compile, slotOf } from './compile.js';
import { Emitter } from './emit.js';
import { IndicatorInputError } from './errors.js';
import { evaluate } from './evaluate.js';
import { WIDTH, emptyLedger } from './ledger.js';
import type { AsOfResult, IndicatorInput, SeriesPoint } from './types.js';
import { type IndicatorWeights, loadWeights } from './weights.js';

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Month index of a YYYY-MM string, or of the month a real YYYY-MM-DD day falls in; a readable error otherwise. */
export function parseMonth(s: string, what: string): number {
  if (IsoDay.safeParse(s).success) return monthIndexOfDay(dayOf(s));
  if (!MONTH_RE.test(s)) throw new IndicatorInputError(`${what}: ${JSON.stringify(s)} is not a month (expected YYYY-MM or YYYY-MM-DD)`);
  return monthIndexOfDay(dayOf(`${s}-01`));
}

/**
 * The indicators over one input: compiled once, then a ledger snapshot at the end of every
 * month, so the monthly series is one pass and an as-of query is a copy plus one month's items.
 */
export class IndicatorEngine {
  readonly compiled: Compiled;
  private readonly rows: number;
  /** Ledger as at the end of month m (relative to firstMonth), flattened. */
  private readonly snapshots: Float64Array;

  constructor(input: IndicatorInput, weights: IndicatorWeights = loadWeights(input.alliance)) {
    if (input.members.length === 0)
      throw new IndicatorInputError('no members: the store has no membership data (load the data pack first)');
    if (!IsoDay.safeParse(input.today).success) throw new IndicatorInputError(`today: ${JSON.stringify(input.today)} is not a date`);
    this.compiled = compile(input, weights);
    this.rows = input.members.length + 1;
    const c = this.compiled;
    const months = c.lastMonth - c.firstMonth + 1;
    const size = this.rows * WIDTH;
    this.snapshots = new Float64Array(months * size);
    const ledger = emptyLedger(this.rows);
    const emitter = new Emitter(c, ledger);
    for (let m = 0; m < months; m++) {
      for (let k = c.monthStart[m]!; k < c.monthStart[m + 1]!; k++) emitter.emit(c.order[k]!);
      this.snapshots.set(ledger, m * size);
    }
  }

  /** The ledger holding exactly what was known on `day`. */
  ledgerAt(day: number): Float64Array {
    const c = this.compiled;
    const m = monthIndexOfDay(day) - c.firstMonth;
    const size = this.rows * WIDTH;
    const ledger = m > 0 ? this.snapshots.slice((m - 1) * size, m * size) : emptyLedger(this.rows);
    const emitter = new Emitter(c, ledger);
    for (let k = c.monthStart[m]!; k < c.monthStart[m + 1]!; k++) {
      const item = c.order[k]!;
      if (c.effective[slotOf(c, item)]! <= day) emitter.emit(item);
    }
    return ledger;
  }

  /** Checks an as-of day and turns it into a day number. */
  checkDay(asOf: string): number {
    if (!IsoDay.safeParse(asOf).success)
      throw new IndicatorInputError(`as-of: ${JSON.stringify(asOf)} is not a date (expected YYYY-MM-DD)`);
    const first = firstAskableDay(this.compiled.alliance);
    if (asOf < first)
      throw new IndicatorInputError(`as-of: ${asOf} is before ${first.slice(0, 4)}, when the ${this.compiled.alliance.name} began`);
    const today = dayString(this.compiled.todayDay);
    if (asOf > today) throw new IndicatorInputError(`as-of: ${asOf} is after today (${today}); nothing is known about it yet`);
    return dayOf(asOf);
  }

  /** Checks a member code against the roster. */
  checkMember(code: string): string {
    const upper = code.toUpperCase();
    if (!this.compiled.roster.index.has(upper)) {
      const known = [...this.compiled.roster.index.keys()].sort().join(', ');
      throw new IndicatorInputError(`member: ${JSON.stringify(code)} was never a party to the treaty (known: ${known})`);
    }
    return upper;
  }

  /** Every figure as of one day, using only what was known on that day. */
  asOf(asOf: string, member?: string): AsOfResult {
    const day = this.checkDay(asOf);
    const code = member === undefined ? undefined : this.checkMember(member);
    const r = evaluate(this.compiled, this.ledgerAt(day), day);
    return code === undefined ? r : { ...r, members: r.members.filter((m) => m.code === code) };
  }

  /** Month by month from `from` (default the founding month) to `to` (default this month), as of each month's end. */
  series(opts: { from?: string | undefined; to?: string | undefined; member?: string | undefined } = {}): SeriesPoint[] {
    const c = this.compiled;
    const start = parseMonth(opts.from ?? c.alliance.founded.slice(0, 7), 'from');
    const end = parseMonth(opts.to ?? monthString(c.lastMonth), 'to');
    if (start < c.firstMonth) throw new IndicatorInputError(`from: ${opts.from} is before ${c.alliance.founded.slice(0, 4)}`);
    if (end > c.lastMonth) throw new IndicatorInputError(`to: ${opts.to} is after this month (${monthString(c.lastMonth)})`);
    if (end < start) throw new IndicatorInputError(`from ${monthString(start)} is after to ${monthString(end)}`);
    const code = opts.member === undefined ? undefined : this.checkMember(opts.member);
    const size = this.rows * WIDTH;
    const out: SeriesPoint[] = [];
    for (let m = start; m <= end; m++) {
      const day = Math.min(firstDayOfMonthIndex(m + 1) - 1, c.todayDay);
      const rel = m - c.firstMonth;
      const r = evaluate(c, this.snapshots.subarray(rel * size, (rel + 1) * size), day);
      out.push({ month: monthString(m), ...r, members: code === undefined ? r.members : r.members.filter((x) => x.code === code) });
    }
    return out;
  }
}

/** Compiles an input for repeated queries. */
export function prepareIndicators(input: IndicatorInput, weights?: IndicatorWeights): IndicatorEngine {
  return new IndicatorEngine(input, weights);
}
