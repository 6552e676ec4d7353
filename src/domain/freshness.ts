import { z } from 'zod';
import { dayOf, EventDate, IsoDay } from './dates.js';
import { IsoInstant } from './origin.js';

/**
 * How fresh the data is, for every view to state plainly: the latest event in the chronicle, the
 * day the pack was curated to, the last feed poll, and how many proposals wait for review.
 */
export const Freshness = z.object({
  today: IsoDay,
  latest_event: z.object({ id: z.string(), date: EventDate, day: IsoDay }).nullable(),
  curated_to: IsoDay.nullable(),
  last_poll: IsoInstant.nullable(),
  pending: z.number().int().min(0),
  /** The latest day the data speaks for (latest event or curation day, never after today): where forms start. */
  data_day: IsoDay,
});
export type Freshness = z.infer<typeof Freshness>;

/** What an answer for a day after the chronicle's latest event must say: the gap, in days and words. */
export const DataGap = z.object({ as_of: IsoDay, latest_event: IsoDay, days: z.number().int().min(1), note: z.string() });
export type DataGap = z.infer<typeof DataGap>;

/** The gap between the latest event and the day asked for, or null when the data reaches that day. */
export function dataGap(f: Freshness, asOf: string): DataGap | null {
  if (f.latest_event === null || asOf <= f.latest_event.day) return null;
  const days = dayOf(asOf) - dayOf(f.latest_event.day);
  const poll = f.last_poll === null ? 'no feed has been polled' : `last feed poll ${f.last_poll.slice(0, 16).replace('T', ' ')} UTC`;
  const curated = f.curated_to === null ? '' : `, data pack curated to ${f.curated_to}`;
  return {
    as_of: asOf,
    latest_event: f.latest_event.day,
    days,
    note: `The chronicle's latest event is dated ${f.latest_event.date}, ${days} day(s) before ${asOf} (${poll}${curated}): figures for ${asOf} carry that state forward, with no events recorded since.`,
  };
}
