import type Database from 'better-sqlite3';
import type { EventOrigin, OriginKind } from '../domain/index.js';

// The events table's origin column names how a row was written; the spec's origin names where the
// fact came from. `ingest` rows were stored by the coder without a person's decision.
const KIND: Readonly<Record<string, OriginKind>> = { pack: 'curated', import: 'imported', review: 'reviewed', ingest: 'auto' };

/**
 * The origin of each event row, with the reviewer (or `auto`) and the time of the decision that
 * put it in the chronicle, where there is one: the accepted proposal, else the recorded review.
 */
export function originsOf(db: Database.Database, rows: readonly { id: string; origin: string }[]): Map<string, EventOrigin> {
  const out = new Map<string, EventOrigin>();
  const decided = rows.filter((r) => r.origin === 'review' || r.origin === 'ingest').map((r) => r.id);
  const who = new Map<string, { by: string; at: string }>();
  if (decided.length > 0) {
    const ids = JSON.stringify(decided);
    const fromProposals = db
      .prepare(
        `SELECT event_id AS id, decided_by AS by, decided_at AS at FROM proposals
         WHERE status = 'accepted' AND merged = 0 AND event_id IN (SELECT value FROM json_each(?)) ORDER BY decided_at DESC`,
      )
      .all(ids) as { id: string; by: string; at: string }[];
    const fromReviews = db
      .prepare(
        `SELECT event_id AS id, reviewer AS by, at FROM reviews
         WHERE decision = 'accepted' AND event_id IN (SELECT value FROM json_each(?)) ORDER BY seq DESC`,
      )
      .all(ids) as { id: string; by: string; at: string }[];
    // Earliest last, so the first decision wins: it is the one that created the event.
    for (const r of [...fromReviews, ...fromProposals]) who.set(r.id, { by: r.by, at: r.at });
  }
  for (const r of rows) {
    const kind = KIND[r.origin] ?? 'imported';
    const w = who.get(r.id);
    out.set(r.id, w ? { kind, reviewer: w.by, at: w.at } : { kind });
  }
  return out;
}
