export { Watcher, type WatchState } from './watcher.js';
export { pollFeed } from './poll-feed.js';
export { nextPollAt, MAX_BACKOFF_MS } from './backoff.js';
export type { CycleSummary, FeedReport, WatchDeps, WatchProgress } from './types.js';
