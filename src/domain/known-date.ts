import { intervalOf, dayOf } from './dates.js';

/**
 * The day from which an event counts as known, for `--as-of` queries without hindsight:
 * the later of its date and its `reported` date. With no `reported`, a partial date
 * ("2022-10") is only known once its whole interval has passed, so a month-dated event
 * never leaks into mid-month figures.
 */
export function knownDay(e: { readonly date: string | null; readonly reported?: string | undefined }): number | undefined {
  if (e.date === null) return e.reported === undefined ? undefined : dayOf(e.reported);
  const span = intervalOf(e.date);
  if (e.reported === undefined) return span.last;
  return Math.max(span.first, dayOf(e.reported));
}
