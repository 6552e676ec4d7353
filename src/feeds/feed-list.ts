import { readFileSync } from 'node:fs';
import { FeedError } from './errors.js';

/** One feed of a feeds file: its URL, where it was listed, and the note after `#` on its line. */
export interface FeedEntry {
  readonly url: string;
  readonly file: string;
  readonly line: number;
  readonly note: string;
}

/** A feeds file read: the feeds, and each bad line as `FILE:LINE: reason`. */
export interface FeedList {
  readonly feeds: readonly FeedEntry[];
  readonly problems: readonly string[];
}

/** A feed URL is http(s) with a host; anything else is a typo, said so by line. */
export function checkFeedUrl(s: string): string | undefined {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return `not a URL: ${JSON.stringify(s)}`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `not an http(s) URL: ${JSON.stringify(s)}`;
  return undefined;
}

/** Parses a feeds file's text: one URL a line; `#` starts a comment, alone or after the URL. */
export function parseFeedList(text: string, file: string): FeedList {
  const feeds: FeedEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf('#');
    const url = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    const note = hash < 0 ? '' : raw.slice(hash + 1).trim();
    if (url === '') return;
    if (/\s/.test(url)) return void problems.push(`${file}:${i + 1}: one URL a line (found ${JSON.stringify(url)})`);
    const bad = checkFeedUrl(url);
    if (bad !== undefined) return void problems.push(`${file}:${i + 1}: ${bad}`);
    if (seen.has(url)) return;
    seen.add(url);
    feeds.push({ url, file, line: i + 1, note });
  });
  return { feeds, problems };
}

/** Reads a feeds file; a missing or unreadable file is one line naming it. */
export function readFeedList(file: string): FeedList {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new FeedError(`--feeds: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseFeedList(text, file);
}
