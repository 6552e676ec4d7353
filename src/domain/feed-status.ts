import { z } from 'zod';
import { IsoInstant } from './origin.js';

/** How the last poll of a feed went. */
export const FEED_STATES = ['never', 'ok', 'not_modified', 'error'] as const;

/** One followed feed as the store remembers it between runs (what `bloc watch` resumes from). */
export const FeedStatus = z.object({
  url: z.string(),
  title: z.string().nullable(),
  state: z.enum(FEED_STATES),
  last_polled_at: IsoInstant.nullable(),
  last_ok_at: IsoInstant.nullable(),
  /** One line saying what went wrong at the last poll; null when it went well. */
  last_error: z.string().nullable(),
  /** Failures in a row; each doubles the wait before the next try. */
  failures: z.number().int().min(0),
  /** Not polled again before this instant (back-off after errors, else the interval). */
  next_poll_at: IsoInstant.nullable(),
  etag: z.string().nullable(),
  last_modified: z.string().nullable(),
  /** Items seen over all polls, and proposals they yielded. */
  items: z.number().int().min(0),
  proposals: z.number().int().min(0),
});
export type FeedStatus = z.infer<typeof FeedStatus>;
