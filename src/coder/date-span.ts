import { dayNumber, dayString } from '../domain/index.js';

/** A closed interval of day numbers (days since 1970-01-01, UTC). */
export interface Span {
  readonly first: number;
  readonly last: number;
}

/** Day number of a YYYY-MM-DD string known to be valid. */
export function dayOfIso(s: string): number {
  return dayNumber(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)))!;
}

/** The span of a whole month (1-based month). */
export function monthSpan(year: number, month: number): Span {
  const first = Date.UTC(year, month - 1, 1) / 86_400_000;
  return { first, last: Date.UTC(year, month, 1) / 86_400_000 - 1 };
}

/** The span of a whole year. */
export function yearSpan(year: number): Span {
  return { first: Date.UTC(year, 0, 1) / 86_400_000, last: Date.UTC(year + 1, 0, 1) / 86_400_000 - 1 };
}

/** Year and 1-based month of a day number. */
export function ymOf(day: number): { year: number; month: number; weekday: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, weekday: d.getUTCDay() };
}

/**
 * The most precise spec date that still covers the whole span: a day only when the span is one
 * day, else its month, else its year. A week that straddles two months is therefore only a year
 * (or null across years), which is how the coder never claims more precision than the text gives.
 */
export function spanToDate(span: Span): string | null {
  if (span.first === span.last) return dayString(span.first);
  const a = ymOf(span.first);
  const b = ymOf(span.last);
  if (a.year === b.year && a.month === b.month) return dayString(span.first).slice(0, 7);
  if (a.year === b.year) return String(a.year);
  return null;
}

/** The span a spec date stands for. */
export function dateToSpan(date: string): Span {
  if (date.length === 10) {
    const d = dayOfIso(date);
    return { first: d, last: d };
  }
  if (date.length === 7) return monthSpan(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return yearSpan(Number(date.slice(0, 4)));
}
