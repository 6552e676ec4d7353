import { createHash } from 'node:crypto';
import { FeedError, fetchText, readFeed, urlKey, type FeedItem } from '../feeds/index.js';
import { nextPollAt } from './backoff.js';
import { itemArticle } from './item-article.js';
import type { PollRecord } from '../store/index.js';
import type { FeedReport, WatchDeps } from './types.js';

// The item's address resolved against the feed's, when it is a web address.
function linkOf(item: FeedItem, base: string): string | undefined {
  if (item.link === undefined) return undefined;
  try {
    const u = new URL(item.link, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

// How an item is known between polls: its address, else its id in its feed, else its words.
function keyOf(item: FeedItem, link: string | undefined, feed: string): string {
  const byUrl = link === undefined ? undefined : urlKey(link);
  if (byUrl !== undefined) return byUrl;
  const id =
    item.id ??
    createHash('sha256')
      .update(`${item.title ?? ''}\n${item.summary ?? ''}`)
      .digest('hex');
  return `${feed}#${id}`;
}

/**
 * Polls one feed: a conditional GET with the validators the store kept, then every item not seen
 * before becomes an article, is coded, and its events are proposed. The feed's state (validators,
 * failures, next poll) is written back whatever happened, so a restart resumes from it.
 */
export async function pollFeed(url: string, deps: WatchDeps): Promise<FeedReport> {
  const { store } = deps;
  const before = store.feeds.get(url);
  const at = deps.now();
  const stamp = at.toISOString();
  let items = 0;
  let fresh = 0;
  let proposals = 0;
  let accepted = 0;
  let itemErrors = 0;
  // Writes back how the poll went, and reports it.
  const finish = (poll: Omit<PollRecord, 'url' | 'at'>): FeedReport => {
    const s = store.feeds.recordPoll({ url, at: stamp, ...poll });
    const counts = { items, fresh, proposals, accepted, item_errors: itemErrors };
    return { url, state: poll.state, title: s.title, ...counts, message: poll.error ?? null, next_poll_at: s.next_poll_at };
  };
  try {
    const got = await fetchText(url, deps.fetch, { etag: before?.etag, lastModified: before?.last_modified });
    if (got.notModified) return finish({ state: 'not_modified', nextPollAt: nextPollAt(at, deps.intervalMs, 0), items: 0, proposals: 0 });
    const feed = readFeed(got.text, url);
    for (const item of feed.items) {
      items++;
      const link = linkOf(item, got.url);
      const key = keyOf(item, link, url);
      if (store.feeds.seen(key)) continue;
      fresh++;
      const made = await itemArticle(item, link, key, url, deps);
      if (!made.ok) {
        if (made.retry) itemErrors++;
        else store.feeds.markSeen(key, url, null, stamp);
        continue;
      }
      const r = store.proposals.propose(made.article, deps.code(made.article), { now: stamp, accept: deps.accept });
      proposals += r.proposed.length;
      accepted += r.accepted.length;
      store.feeds.markSeen(key, url, made.article.id, stamp);
      const pageKey = made.pageKey === undefined ? undefined : urlKey(made.pageKey);
      if (pageKey !== undefined && pageKey !== key) store.feeds.markSeen(pageKey, url, made.article.id, stamp);
    }
    return finish({
      state: 'ok',
      title: feed.title,
      etag: got.etag,
      lastModified: got.lastModified,
      nextPollAt: nextPollAt(at, deps.intervalMs, 0),
      items: fresh,
      proposals,
    });
  } catch (err) {
    if (!(err instanceof FeedError)) throw err;
    const failures = (before?.failures ?? 0) + 1;
    return finish({ state: 'error', error: err.message, nextPollAt: nextPollAt(at, deps.intervalMs, failures), items: fresh, proposals });
  }
}
