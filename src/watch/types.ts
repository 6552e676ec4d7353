import type { Article } from '../domain/index.js';
import type { CodedEvent } from '../domain/index.js';
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
export interface FeedReport {
  readonly url: string;
  readonly state: 'ok' | 'not_modified' | 'error' | 'skipped';
  readonly title: string | null;
  /** Items the feed listed, those not seen before, and the proposals they gave. */
  readonly items: number;
  readonly fresh: number;
  readonly proposals: number;
  readonly accepted: number;
  /** Items that could not be read (their page failed): tried again at the next poll. */
  readonly item_errors: number;
  /** One line saying what went wrong (error), or why the feed was not polled (skipped). */
  readonly message: string | null;
  readonly next_poll_at: string | null;
}

/** What a watcher reports as it goes. */
export type WatchProgress =
  | { readonly kind: 'cycle'; readonly feeds: number; readonly at: string }
  | { readonly kind: 'feed'; readonly report: FeedReport; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly summary: CycleSummary };

/** One pass over every feed. */
export interface CycleSummary {
  readonly started_at: string;
  readonly finished_at: string;
  readonly feeds: number;
  readonly ok: number;
  readonly not_modified: number;
  readonly errors: number;
  readonly skipped: number;
  readonly fresh: number;
  readonly proposals: number;
  readonly accepted: number;
}
