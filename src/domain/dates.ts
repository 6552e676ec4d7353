import { z } from 'zod';

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days since 1970-01-01 (UTC) for a calendar day; undefined when the day does not exist. */
export function dayNumber(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return undefined;
  if (day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!)) return undefined;
  // Integer arithmetic (days from the civil calendar), far cheaper than a Date per call on big imports.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day for a day number, as YYYY-MM-DD. */
export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** A real calendar day, YYYY-MM-DD (rejects 2022-02-30). */
export const IsoDay = z.string().refine(
  (s) => {
    const m = DAY_RE.exec(s);
    return m !== null && dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
  },
  { message: 'expected a real date YYYY-MM-DD' },
);
export type IsoDay = z.infer<typeof IsoDay>;

export type Precision = 'day' | 'month' | 'year';

/** A date at the precision the source supports: YYYY-MM-DD, YYYY-MM or YYYY. */
export const EventDate = z
  .string()
  .refine((s) => parsePartialDate(s) !== undefined, { message: 'expected YYYY-MM-DD, YYYY-MM or YYYY, a real date' });
export type EventDate = z.infer<typeof EventDate>;

export interface DateInterval {
  readonly first: number;
  readonly last: number;
  readonly precision: Precision;
}

/** The closed interval of day numbers a partial date stands for, or undefined if malformed. */
export function parsePartialDate(s: string): DateInterval | undefined {
  let m = DAY_RE.exec(s);
  if (m) {
    const d = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return d === undefined ? undefined : { first: d, last: d, precision: 'day' };
  }
  m = MONTH_RE.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return undefined;
    const first = dayNumber(y, mo, 1)!;
    const last = Date.UTC(y, mo, 1) / DAY_MS - 1;
    return { first, last, precision: 'month' };
  }
  m = YEAR_RE.exec(s);
  if (m) {
    const y = Number(m[1]);
    return { first: Date.UTC(y, 0, 1) / DAY_MS, last: Date.UTC(y + 1, 0, 1) / DAY_MS - 1, precision: 'year' };
  }
  return undefined;
}

/** Interval of a partial date that is known to be valid (schema-checked). */
export function intervalOf(s: string): DateInterval {
  const i = parsePartialDate(s);
  if (!i) throw new RangeError(`not a date: ${JSON.stringify(s)}`);
  return i;
}

/** Day number of a YYYY-MM-DD string known to be valid. */
export function dayOf(s: string): number {
  return intervalOf(s).first;
}

/** True when day number `d` falls within a span's `from`..`to`, both ends included; `to: null` is open. */
export function spanCovers(span: { readonly from: string; readonly to: string | null }, d: number): boolean {
  return dayOf(span.from) <= d && (span.to === null || d <= dayOf(span.to));
}

/** Today's date in UTC as YYYY-MM-DD; the clock is injectable so tests stay deterministic. */
export function today(now: () => Date = () => new Date()): string {
  return now().toISOString().slice(0, 10);
}

/** Month index (months since 1970-01) of a day number. */
export function monthIndexOfDay(n: number): number {
  const d = new Date(n * DAY_MS);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
}

/** First day number of a month index. */
export function firstDayOfMonthIndex(m: number): number {
  return Date.UTC(1970 + Math.floor(m / 12), m % 12, 1) / DAY_MS;
}

/** YYYY-MM for a month index. */
export function monthString(m: number): string {
  return dayString(firstDayOfMonthIndex(m)).slice(0, 7);
}
