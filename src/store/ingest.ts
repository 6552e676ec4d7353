import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Article, CodedEvent, EventOrigin, ImportEvent } from '../domain/index.js';
import { describeEvent, futureDateProblem } from '../domain/index.js';
import type { RecordOutcome } from './chronicle-writer.js';

/** The article an ingested event came from. */
/** The article an ingest stores as provenance: the one article shape of src/domain. */
export type IngestArticle = Article;

export interface IngestResult {
  readonly article: string;
  /** True when the same article (same id and text) was ingested before: nothing was written. */
  readonly already: boolean;
  readonly inserted: readonly string[];
  readonly merged: readonly string[];
  /** Events the text gave no date for: they cannot be placed in the chronicle. */
  readonly undated: number;
  /** Events dated more than a year after the article (refused unless allowed). */
  readonly future: number;
}

export interface IngestOptions {
  readonly allowFuture?: boolean | undefined;
}

/** A fingerprint of an article's text, so a re-run after a crash skips what is already stored. */
export function articleHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Turns a coded event into a chronicle record sourced to its article. */
export function chronicleRecord(a: IngestArticle, e: CodedEvent & { date: string }): ImportEvent {
  const { article_id: _a, ...rest } = e;
  const record = {
    ...rest,
    source: a.url ?? `article:${a.id}`,
    summary: describeEvent(e),
    reported: a.date,
    article_id: a.id,
  };
  return record as unknown as ImportEvent;
}

/** Narrows coded events to those with a date. */
export function isDated(e: CodedEvent): e is CodedEvent & { date: string } {
  return e.date !== null;
}

/** Stores one coded article and its dated events in one transaction; the same article again writes nothing. */
export function ingestArticle(
  db: Database.Database,
  apply: (record: ImportEvent, origin: EventOrigin, now: string) => RecordOutcome,
  article: IngestArticle,
  coded: readonly CodedEvent[],
  options: IngestOptions = {},
): IngestResult {
  const sha = articleHash(article.text);
  return db
    .transaction((): IngestResult => {
      const none = { article: article.id, inserted: [], merged: [], undated: 0, future: 0 };
      const prior = db.prepare('SELECT sha256 FROM articles WHERE id = ?').get(article.id) as { sha256: string } | undefined;
      if (prior?.sha256 === sha) return { ...none, already: true };
      const now = new Date().toISOString();
      db.prepare('INSERT OR REPLACE INTO articles (id, date, title, url, sha256, ingested_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        article.id,
        article.date,
        article.title ?? null,
        article.url ?? null,
        sha,
        now,
      );
      const dated = coded.filter(isDated);
      const plausible = options.allowFuture
        ? dated
        : dated.filter((e) => futureDateProblem(e.date, article.date, article.date) === undefined);
      const link = db.prepare('INSERT OR REPLACE INTO event_articles (event_id, article_id, evidence, confidence) VALUES (?, ?, ?, ?)');
      const inserted: string[] = [];
      const merged: string[] = [];
      for (const e of plausible) {
        const r = apply(chronicleRecord(article, e), { kind: 'auto', at: now }, now);
        if (r.action === 'inserted') inserted.push(r.id);
        else merged.push(r.id);
        link.run(r.id, article.id, e.evidence, e.confidence);
      }
      return { ...none, already: false, inserted, merged, undated: coded.length - dated.length, future: dated.length - plausible.length };
    })
    .immediate();
}
