import { createHash } from 'node:crypto';
import type { Article, CodedEvent } from '../domain/index.js';
import { draftSummary } from '../store/index.js';
import type { z } from 'zod';
import type { Draft } from './responses.js';
import type { ArticleBody } from './schemas.js';

/** A stable id for a pasted article without one: the same date and text give the same id. */
export function articleId(a: ArticleBody): string {
  return a.id ?? `art-${createHash('sha256').update(`${a.date}\n${a.text}`).digest('hex').slice(0, 12)}`;
}

/** The article in the coder's form. */
export function toCoderArticle(a: ArticleBody): Article {
  return {
    id: articleId(a),
    date: a.date,
    text: a.text,
    ...(a.title !== undefined ? { title: a.title } : {}),
    ...(a.url !== undefined ? { url: a.url } : {}),
  };
}

/** Where the evidence sits in the text, for highlighting; null when the coder paraphrased it. */
export function spanOf(text: string, evidence: string): { start: number; end: number } | null {
  const start = evidence === '' ? -1 : text.indexOf(evidence);
  return start < 0 ? null : { start, end: start + evidence.length };
}

/**
 * A draft record of a coded event for the reviewer: only what the text gave. A null date stays
 * null (the article's date is when it was reported, not when the event happened).
 */
export function draftOf(e: CodedEvent, a: Article): z.output<typeof Draft> {
  // The chronicle's records have no `language`: the language the coder read stays with the extraction.
  const { article_id: _a, language: _l, ...rest } = e;
  return { ...rest, source: a.url ?? `article:${a.id}`, summary: draftSummary(e), reported: a.date, article_id: a.id };
}
