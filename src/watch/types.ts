import { z } from 'zod';
import { IsoInstant, type Article, type CodedEvent } from '../domain/index.js';
import type { FetchOptions } from '../feeds/index.js';
import type { AutoAccept, Store } from '../store/index.js';

/** What a watcher works with: the store, a coder, a clock, and how to fetch. */
export interface WatchDeps {
  readonly store: Store;
  readonly code: (article: Article) => readonly CodedEvent[];
  readonly now: () => Date;
  readonly fetch: FetchOptions;
  /** Confidence per type or family above which a dated event is accepted without review (off when absent). */
  readonly accept?: AutoAccept | undefined;
  /** Time between two polls of a feed that answered well. */
  readonly intervalMs: number;
  /** How many feeds are polled at once (each host still gets one request at a time, spaced). */
  readonly concurrency: number;
}

/** How one poll of one feed went: one line of the per-feed status. */
export const FeedReport = z.object({
  url: z.string(),
  state: z.enum(['ok', 'not_modified', 'error', 'skipped']),
  title: z.string().nullable(),
  /** Items the feed listed, those not seen before, and the proposals they gave. */
  items: z.number().int().min(0),
  fresh: z.number().int().min(0),
  proposals: z.number().int().min(0),
  accepted: z.number().int().min(0),
  /** Items that could not be read (their page failed): tried again at the next poll. */
  item_errors: z.number().int().min(0),
  /** One line saying what went wrong (error), or why the feed was not polled (skipped). */
  message: z.string().nullable(),
  next_poll_at: IsoInstant.nullable(),
});
export type FeedReport = z.infer<typeof FeedReport>;

/** What a watcher reports as it goes. */
export type WatchProgress =
  | { readonly kind: 'cycle'; readonly feeds: number; readonly at: string }
  | { readonly kind: 'feed'; readonly report: FeedReport; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly summary: CycleSummary };

/** One pass over every feed. */
export const CycleSummary = z.object({
  started_at: IsoInstant,
  finished_at: IsoInstant,
  feeds: z.number().int().min(0),
  ok: z.number().int().min(0),
  not_modified: z.number().int().min(0),
  errors: z.number().int().min(0),
  skipped: z.number().int().min(0),
  fresh: z.number().int().min(0),
  proposals: z.number().int().min(0),
  accepted: z.number().int().min(0),
});
export type CycleSummary = z.infer<typeof CycleSummary>;

/** What a watcher is doing: its feeds, the pass under way, the last pass and each feed's last report. */
export const WatchState = z.object({
  running: z.boolean(),
  feeds: z.array(z.string()),
  cycle: z.object({ started_at: IsoInstant, done: z.number().int().min(0), total: z.number().int().min(0) }).nullable(),
  last: CycleSummary.nullable(),
  reports: z.array(FeedReport),
});
export type WatchState = z.infer<typeof WatchState>;
