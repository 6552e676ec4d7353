import type Database from 'better-sqlite3';
import type { ImportEvent } from '../domain/index.js';

/** What a reviewer decided about an extracted event (the `decision` column). */
type Decision = 'accepted' | 'rejected';

/** One reviewer's decision on an extracted event, as stored in the `reviews` table. */
export interface Review {
  readonly seq: number;
  readonly event_id: string;
  readonly decision: Decision;
  readonly reviewer: string;
  readonly at: string;
  readonly record: ImportEvent;
}

/** What recording a review did: the event's id and whether it entered the chronicle as new. */
export interface ReviewResult {
  readonly seq: number;
  readonly event_id: string;
  readonly decision: Decision;
  readonly merged: boolean;
  readonly at: string;
}

/** A reviewer's decision on one extracted event. */
export interface ReviewInput {
  readonly decision: Decision;
  readonly reviewer: string;
  readonly event: ImportEvent;
  readonly at: string;
}

/** What recording a review needs of the store: importing an event and finding a stored twin. */
interface Chronicle {
  importEvents(records: readonly ImportEvent[], origin: 'review'): { inserted: readonly string[]; merged: readonly string[] };
  findTwin(e: ImportEvent): string | undefined;
}

/**
 * Records an accept/reject decision with who and when, in one transaction: an accepted event
 * enters the chronicle (origin `review`, merging with a twin if one exists); a rejected one doesn't.
 */
export function recordReview(db: Database.Database, chronicle: Chronicle, input: ReviewInput): ReviewResult {
  return db.transaction((): ReviewResult => {
    let eventId: string;
    let merged = false;
    if (input.decision === 'accepted') {
      const r = chronicle.importEvents([input.event], 'review');
      merged = r.inserted.length === 0;
      eventId = (r.inserted[0] ?? r.merged[0])!;
    } else {
      eventId = chronicle.findTwin(input.event) ?? input.event.id ?? '-';
    }
    const info = db
      .prepare('INSERT INTO reviews (event_id, decision, reviewer, at, record) VALUES (?, ?, ?, ?, ?)')
      .run(eventId, input.decision, input.reviewer, input.at, JSON.stringify(input.event));
    return { seq: Number(info.lastInsertRowid), event_id: eventId, decision: input.decision, merged, at: input.at };
  })();
}

/** The latest reviews, newest first. */
export function listReviews(db: Database.Database, limit: number): Review[] {
  const rows = db
    .prepare('SELECT seq, event_id, decision, reviewer, at, record FROM reviews ORDER BY seq DESC LIMIT ?')
    .all(Math.max(0, Math.floor(limit))) as (Omit<Review, 'record'> & { record: string })[];
  return rows.map((r) => ({ ...r, record: JSON.parse(r.record) as ImportEvent }));
}

/** How many review decisions are stored. */
export function countReviews(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM reviews').get() as { n: number }).n;
}
