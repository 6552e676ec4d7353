export { Watcher } from './watcher.js';
export { pollFeed } from './poll-feed.js';
export { nextPollAt, MAX_BACKOFF_MS } from './backoff.js';
export { CycleSummary, FeedReport, WatchState, type WatchDeps, type WatchProgress } from './types.js';
