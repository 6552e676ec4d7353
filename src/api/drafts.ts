import { createHash } from 'node:crypto';
import { actorName, type CodedEvent } from '../domain/index.js';
import type { Article } from '../domain/index.js';
import type { ArticleBody, ReviewedEvent } from './schemas.js';

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

/** A neutral one-line summary the reviewer can rewrite: bloc's words, never the article's. */
export function draftSummary(e: CodedEvent): string {
  const what = e.type.replace('.', ' ').replace(/_/g, ' ');
  const target = e.target === null ? '' : ` (${actorName(e.target)})`;
  return `${actorName(e.actor)}: ${what}${target}.`;
}

/** Where the evidence sits in the text, for highlighting; null when the coder paraphrased it. */
export function spanOf(text: string, evidence: string): { start: number; end: number } | null {
  const start = evidence === '' ? -1 : text.indexOf(evidence);
  return start < 0 ? null : { start, end: start + evidence.length };
}

/**
 * The import record a reviewer accepts: the coded event, dated (the article's date when the
 * coder found none), sourced to the article's URL or `article:<id>`, with a draft summary.
 */
export function draftOf(e: CodedEvent, a: Article): ReviewedEvent {
  // The chronicle's import record has no `language`: the language the coder read stays with the extraction.
  const { article_id: _a, date, language: _l, ...rest } = e;
  return { ...rest, date: date ?? a.date, source: a.url ?? `article:${a.id}`, summary: draftSummary(e), article_id: a.id } as ReviewedEvent;
}
