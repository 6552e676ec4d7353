import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { checkFeedUrl, HostLimiter, readFeedList, type FeedEntry } from '../feeds/index.js';
import { Watcher, type WatchProgress } from '../watch/index.js';
import type { AutoAccept } from '../store/index.js';
import { coder } from './analyses.js';
import type { Workspace } from './workspace.js';

/** Where the feeds come from: a file, URLs, or (when neither is given) the pack's own feeds file. */
export interface FeedSources {
  readonly feedsFile?: string | undefined;
  readonly feed?: readonly string[] | undefined;
}

/** How the watcher fetches and how often. */
export interface WatchOptions extends FeedSources {
  readonly intervalMinutes?: number | undefined;
  readonly hostIntervalMs?: number | undefined;
  readonly timeoutMs?: number | undefined;
  readonly maxBytes?: number | undefined;
  readonly concurrency?: number | undefined;
  readonly accept?: AutoAccept | undefined;
}

/** The feeds file a pack ships (`feeds.txt` in its folder). */
export function packFeedsFile(ws: Workspace): string {
  return join(ws.alliance.pack.dir, 'feeds.txt');
}

/** The feeds to follow and the bad lines found (`FILE:LINE: reason`); --feeds/--feed replace the pack's list. */
export function feedSources(ws: Workspace, s: FeedSources): { feeds: FeedEntry[]; problems: string[] } {
  const feeds: FeedEntry[] = [];
  const problems: string[] = [];
  const given = s.feedsFile !== undefined || (s.feed?.length ?? 0) > 0;
  const file = s.feedsFile ?? (given ? undefined : packFeedsFile(ws));
  if (file !== undefined && (s.feedsFile !== undefined || existsSync(file))) {
    const list = readFeedList(file);
    feeds.push(...list.feeds);
    problems.push(...list.problems);
  }
  for (const url of s.feed ?? []) {
    const bad = checkFeedUrl(url);
    if (bad !== undefined) problems.push(`--feed: ${bad}`);
    else if (!feeds.some((f) => f.url === url)) feeds.push({ url, file: '--feed', line: 0, note: '' });
  }
  return { feeds, problems };
}

/** A watcher over the workspace's store and coder; every proposal it writes is a store write. */
export function watcher(ws: Workspace, feeds: readonly string[], opts: WatchOptions, onProgress?: (p: WatchProgress) => void): Watcher {
  return new Watcher(
    {
      store: ws.store,
      code: (article) => coder(ws).code(article),
      now: ws.now,
      accept: opts.accept,
      intervalMs: (opts.intervalMinutes ?? 30) * 60_000,
      concurrency: opts.concurrency ?? 4,
      fetch: {
        limiter: new HostLimiter(opts.hostIntervalMs ?? 1000),
        maxBytes: opts.maxBytes ?? 5 * 1024 * 1024,
        timeoutMs: opts.timeoutMs ?? 30_000,
        userAgent: 'bloc-watch/0.1 (news feed reader for alliance analysis)',
      },
    },
    feeds,
    (p) => {
      // Only an auto-accepted event changes the chronicle; proposals wait outside it.
      if (p.kind === 'feed' && p.report.accepted > 0) ws.wrote();
      onProgress?.(p);
    },
  );
}
