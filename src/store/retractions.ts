import type Database from 'better-sqlite3';
import { prepared } from './statements.js';

/** What a retraction takes out of the chronicle. */
export interface Retraction {
  readonly eventId: string;
  readonly proposalId: string;
  /** True when the event itself goes (it was created by the acceptance); false when only what a merge added. */
  readonly whole: boolean;
  /** Sources the merge added to the event (when not whole). */
  readonly sources: readonly string[];
  /** Articles whose link to the event goes. */
  readonly articles: readonly string[];
  readonly at: string;
}

/**
 * Takes an event (or what a merge added to it) out of the chronicle and keeps everything that was
 * taken in `retracted_events`: the events row, its sources and its article links, as they were.
 * Returns the same, for the audit log.
 */
export function retractEvent(db: Database.Database, r: Retraction): Record<string, unknown> {
  const articles = JSON.stringify(r.articles);
  const links = prepared(db, 'SELECT * FROM event_articles WHERE event_id = ? AND article_id IN (SELECT value FROM json_each(?))').all(
    r.eventId,
    r.whole ? JSON.stringify(allArticles(db, r.eventId)) : articles,
  );
  let row: unknown = null;
  let sources: unknown[];
  if (r.whole) {
    row = prepared(db, 'SELECT * FROM events WHERE id = ?').get(r.eventId) ?? null;
    sources = prepared(db, 'SELECT * FROM event_sources WHERE event_id = ?').all(r.eventId);
    prepared(db, 'DELETE FROM event_sources WHERE event_id = ?').run(r.eventId);
    prepared(db, 'DELETE FROM event_articles WHERE event_id = ?').run(r.eventId);
    prepared(db, 'DELETE FROM events WHERE id = ?').run(r.eventId);
  } else {
    const urls = JSON.stringify(r.sources);
    // The merge that brought these sources is over: it can no longer be undone into an event of its own.
    prepared(
      db,
      `UPDATE merges SET undone_at = ? WHERE undone_at IS NULL AND seq IN
         (SELECT merge_seq FROM event_sources WHERE event_id = ? AND url IN (SELECT value FROM json_each(?)))`,
    ).run(r.at, r.eventId, urls);
    sources = prepared(db, 'SELECT * FROM event_sources WHERE event_id = ? AND url IN (SELECT value FROM json_each(?))').all(
      r.eventId,
      urls,
    );
    prepared(db, 'DELETE FROM event_sources WHERE event_id = ? AND url IN (SELECT value FROM json_each(?))').run(r.eventId, urls);
    prepared(db, 'DELETE FROM event_articles WHERE event_id = ? AND article_id IN (SELECT value FROM json_each(?))').run(
      r.eventId,
      articles,
    );
  }
  prepared(db, 'INSERT INTO retracted_events (event_id, proposal_id, row, sources, links, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    r.eventId,
    r.proposalId,
    JSON.stringify(row),
    JSON.stringify(sources),
    JSON.stringify(links),
    r.at,
  );
  const record = row === null ? null : (JSON.parse((row as { record: string }).record) as unknown);
  return { whole: r.whole, event: record, removed_sources: sources.map((s) => (s as { url: string }).url), removed_links: links.length };
}

function allArticles(db: Database.Database, eventId: string): string[] {
  return (prepared(db, 'SELECT article_id FROM event_articles WHERE event_id = ?').all(eventId) as { article_id: string }[]).map(
    (r) => r.article_id,
  );
}
