import type Database from 'better-sqlite3';
import type { EventOrigin, ImportEvent } from '../domain/index.js';
import type { RecordOutcome } from './chronicle-writer.js';
import { canonicalJson } from './event-rows.js';

/** What a reviewer decided about an extracted event (the `decision` column). */
export type Decision = 'accepted' | 'rejected';

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

/** What recording a review needs of the store: applying an event and finding a stored twin. */
interface Chronicle {
  apply(record: ImportEvent, origin: EventOrigin, now: string): RecordOutcome;
  twinOf(e: ImportEvent): string | undefined;
}

/**
 * Records an accept/reject decision with who and when, in one transaction: an accepted event
 * enters the chronicle (origin `reviewed`, with the reviewer and time; merging with a twin if one
 * exists); a rejected one doesn't.
 */
export function recordReview(db: Database.Database, chronicle: Chronicle, input: ReviewInput): ReviewResult {
  return db
    .transaction((): ReviewResult => {
      let eventId: string;
      let merged = false;
      if (input.decision === 'accepted') {
        const r = chronicle.apply(input.event, { kind: 'reviewed', reviewer: input.reviewer, at: input.at }, input.at);
        merged = r.action !== 'inserted';
        eventId = r.id;
      } else {
        eventId = chronicle.twinOf(input.event) ?? input.event.id ?? '-';
      }
      const { seq } = insertReview(db, {
        event_id: eventId,
        decision: input.decision,
        reviewer: input.reviewer,
        at: input.at,
        record: input.event,
      });
      return { seq, event_id: eventId, decision: input.decision, merged, at: input.at };
    })
    .immediate();
}

/**
 * Stores one decision as given; returns its sequence number. A decision identical in every field to
 * a stored one (same event, reviewer, instant and record) is that decision again and is not repeated,
 * the same rule `bloc import` restores reviews by, so an export always restores to itself.
 */
export function insertReview(
  db: Database.Database,
  r: Omit<Review, 'seq' | 'record'> & { record: Readonly<Record<string, unknown>> },
): { seq: number; added: boolean } {
  const record = canonicalJson(r.record);
  const known = db
    .prepare('SELECT seq FROM reviews WHERE event_id = ? AND decision = ? AND reviewer = ? AND at = ? AND record = ?')
    .get(r.event_id, r.decision, r.reviewer, r.at, record) as { seq: number } | undefined;
  if (known) return { seq: known.seq, added: false };
  const info = db
    .prepare('INSERT INTO reviews (event_id, decision, reviewer, at, record) VALUES (?, ?, ?, ?, ?)')
    .run(r.event_id, r.decision, r.reviewer, r.at, record);
  return { seq: Number(info.lastInsertRowid), added: true };
}

/** Every decision, oldest first (for export). */
export function allReviews(db: Database.Database): IterableIterator<Omit<Review, 'record'> & { record: string }> {
  return db.prepare('SELECT seq, event_id, decision, reviewer, at, record FROM reviews ORDER BY seq').iterate() as IterableIterator<
    Omit<Review, 'record'> & { record: string }
  >;
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
