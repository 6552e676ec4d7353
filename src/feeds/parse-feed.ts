import { parseFeed } from 'feedsmith';
import { FeedError } from './errors.js';

/** One item of a feed, whatever its format: what bloc needs to make an article of it. */
export interface FeedItem {
  readonly id: string | undefined;
  readonly link: string | undefined;
  readonly title: string | undefined;
  /** The publication day (YYYY-MM-DD) as the feed writes it, in the feed's own time zone. */
  readonly day: string | undefined;
  /** The full text when the feed carries it (content:encoded, Atom content, JSON Feed content). */
  readonly content: { readonly html: string } | { readonly text: string } | undefined;
  /** A teaser or description (HTML allowed). */
  readonly summary: string | undefined;
}

export interface ParsedFeed {
  readonly format: string;
  readonly title: string | undefined;
  readonly items: readonly FeedItem[];
}

type Loose = Record<string, unknown> | undefined;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const obj = (v: unknown): Loose => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);
// Atom text constructs and RSS guids come as { value }.
const text = (v: unknown): string | undefined => str(v) ?? str(obj(v)?.['value']);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day a feed date names, read as written: `2026-03-03T01:00:00+03:00` and
 * `Tue, 03 Mar 2026 01:00:00 +0300` are 3 March, the day the outlet printed, not the UTC day.
 */
export function dayOfFeedDate(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  if (rfc) {
    const m = MONTHS.indexOf(rfc[2]!.toLowerCase());
    if (m >= 0) return `${rfc[3]}-${String(m + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

function rssItem(i: Record<string, unknown>): FeedItem {
  const dc = obj(i['dc']);
  const encoded = str(obj(i['content'])?.['encoded']);
  return {
    id: text(i['guid']),
    link: str(i['link']),
    title: str(i['title']),
    day: dayOfFeedDate(str(i['pubDate']) ?? str(dc?.['date']) ?? str((dc?.['dates'] as unknown[] | undefined)?.[0])),
    content: encoded === undefined ? undefined : { html: encoded },
    summary: str(i['description']),
  };
}

function atomItem(e: Record<string, unknown>): FeedItem {
  const links = (e['links'] as Record<string, unknown>[] | undefined) ?? [];
  const link = links.find((l) => l['rel'] === undefined || l['rel'] === 'alternate') ?? links[0];
  const content = obj(e['content']);
  const body = str(content?.['value']);
  return {
    id: str(e['id']),
    link: str(link?.['href']),
    title: text(e['title']),
    day: dayOfFeedDate(str(e['published']) ?? str(e['updated'])),
    content: body === undefined ? undefined : content?.['type'] === 'text' ? { text: body } : { html: body },
    summary: text(e['summary']),
  };
}

function jsonItem(i: Record<string, unknown>): FeedItem {
  const html = str(i['content_html']);
  const plain = str(i['content_text']);
  return {
    id: str(i['id']),
    link: str(i['url']) ?? str(i['external_url']),
    title: str(i['title']),
    day: dayOfFeedDate(str(i['date_published']) ?? str(i['date_modified'])),
    content: html !== undefined ? { html } : plain !== undefined ? { text: plain } : undefined,
    summary: str(i['summary']),
  };
}

/** Parses RSS (0.9x, 1.0/RDF, 2.0), Atom or JSON Feed text; anything else is a FeedError in one line. */
export function readFeed(body: string, url: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (err) {
    const what = (err as Error).message || 'unreadable';
    throw new FeedError(`${url}: not a feed (${what.replace(/\s+/g, ' ').slice(0, 120)})`);
  }
  const feed = parsed.feed as Record<string, unknown>;
  const raw = ((parsed.format === 'atom' ? feed['entries'] : feed['items']) as Record<string, unknown>[] | undefined) ?? [];
  const item = parsed.format === 'atom' ? atomItem : parsed.format === 'json' ? jsonItem : rssItem;
  return { format: parsed.format, title: text(feed['title']), items: raw.map(item) };
}
