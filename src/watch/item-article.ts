import { createHash } from 'node:crypto';
import { IsoDay } from '../domain/index.js';
import { dayOfFeedDate, FeedError, fetchText, htmlToText, mainText, type FeedItem } from '../feeds/index.js';
import type { ProposeArticle } from '../store/index.js';
import type { WatchDeps } from './types.js';

/** An article made of a feed item, or why none could be made (tried again at the next poll). */
export type ItemArticle =
  | { readonly ok: true; readonly article: ProposeArticle; readonly pageKey: string | undefined }
  | { readonly ok: false; readonly retry: boolean; readonly reason: string };

const validDay = (d: string | undefined): string | undefined => (d !== undefined && IsoDay.safeParse(d).success ? d : undefined);

/** A stable article id for a feed item: from its address, else its feed and id. */
export function itemArticleId(key: string): string {
  return `feed-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/**
 * The article for a feed item: the full text the feed carries, else the main text of its page
 * (fetched politely, with the same limits), else its summary. The article's date is the day the
 * outlet published it (from the feed, else the page), else the day bloc saw it; it is the
 * reported date, never an event's.
 */
export async function itemArticle(
  item: FeedItem,
  link: string | undefined,
  key: string,
  feed: string,
  deps: WatchDeps,
): Promise<ItemArticle> {
  const seenDay = deps.now().toISOString().slice(0, 10);
  let body: string | undefined;
  let pageDay: string | undefined;
  let pageKey: string | undefined;
  let title = item.title;
  if (item.content !== undefined) body = 'html' in item.content ? htmlToText(item.content.html) : item.content.text;
  if ((body === undefined || body === '') && link !== undefined) {
    try {
      const page = await fetchText(link, deps.fetch);
      if (!page.notModified) {
        const read = mainText(page.text, page.url);
        body = read.text;
        title ??= read.title;
        pageDay = dayOfFeedDate(read.published);
        pageKey = read.canonical;
      }
    } catch (err) {
      if (!(err instanceof FeedError)) throw err;
      if (item.summary === undefined) return { ok: false, retry: true, reason: err.message };
    }
  }
  if (body === undefined || body === '') body = item.summary === undefined ? undefined : htmlToText(item.summary);
  if (body === undefined || body === '') return { ok: false, retry: false, reason: `${link ?? key}: no text in the feed or on the page` };
  // The headline often states the event most plainly: the coder reads it as the first line.
  const text = title !== undefined && !body.startsWith(title) ? `${title}\n${body}` : body;
  return {
    ok: true,
    pageKey,
    article: {
      id: itemArticleId(key),
      date: validDay(item.day) ?? validDay(pageDay) ?? seenDay,
      ...(title !== undefined ? { title } : {}),
      ...(link !== undefined ? { url: link } : {}),
      text,
      feed,
    },
  };
}
