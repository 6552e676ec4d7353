import type Database from 'better-sqlite3';
import type { ImportEvent } from '../domain/index.js';
import type { Store } from './store.js';

/** One reviewer's decision on an extracted event, as stored in the `reviews` table. */
export interface Review {
  readonly seq: number;
  readonly event_id: string;
  readonly decision: 'accepted' | 'rejected';
  readonly reviewer: string;
  readonly at: string;
  readonly record: ImportEvent;
}

/** What recording a review did: the event's id and whether it entered the chronicle as new. */
export interface ReviewResult {
  readonly seq: number;
  readonly event_id: string;
  readonly decision: 'accepted' | 'rejected';
  readonly merged: boolean;
  readonly at: string;
}

// The Store keeps its connection private so no other layer writes SQL; reviews are the store's own
// table, so this file (inside the store layer) borrows it rather than widening Store's surface.
function dbOf(store: Store): Database.Database {
  return (store as unknown as { db: Database.Database }).db;
}

/**
 * Records an accept/reject decision with who and when, in one transaction: an accepted event
 * enters the chronicle (origin `review`, merging with a twin if one exists); a rejected one doesn't.
 */
export function recordReview(store: Store, input: { decision: 'accepted' | 'rejected'; reviewer: string; event: ImportEvent; at: string }): ReviewResult {
  return store.transaction(() => {
    let eventId: string;
    let merged = false;
    if (input.decision === 'accepted') {
      const r = store.importEvents([input.event], 'review');
      merged = r.inserted.length === 0;
      eventId = (r.inserted[0] ?? r.merged[0])!;
    } else {
      eventId = store.findTwin(input.event) ?? input.event.id ?? '-';
    }
    const info = dbOf(store)
      .prepare('INSERT INTO reviews (event_id, decision, reviewer, at, record) VALUES (?, ?, ?, ?, ?)')
      .run(eventId, input.decision, input.reviewer, input.at, JSON.stringify(input.event));
    return { seq: Number(info.lastInsertRowid), event_id: eventId, decision: input.decision, merged, at: input.at };
  });
}

/** The latest reviews, newest first. */
export function listReviews(store: Store, limit = 100): Review[] {
  const rows = dbOf(store)
    .prepare('SELECT seq, event_id, decision, reviewer, at, record FROM reviews ORDER BY seq DESC LIMIT ?')
    .all(Math.max(0, Math.floor(limit))) as (Omit<Review, 'record'> & { record: string })[];
  return rows.map((r) => ({ ...r, record: JSON.parse(r.record) as ImportEvent }));
}

/** How many reviews are stored (the tests check that refused requests wrote nothing). */
export function countReviews(store: Store): number {
  return (dbOf(store).prepare('SELECT count(*) AS n FROM reviews').get() as { n: number }).n;
}

/** Records an ingested article (by its text's hash), so its events can be traced back to it. */
export function recordArticle(store: Store, a: { id: string; date: string; title?: string | undefined; url?: string | undefined; sha256: string; at: string }): void {
  dbOf(store)
    .prepare('INSERT OR IGNORE INTO articles (id, date, title, url, sha256, ingested_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(a.id, a.date, a.title ?? null, a.url ?? null, a.sha256, a.at);
}
