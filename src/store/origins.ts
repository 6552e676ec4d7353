import type Database from 'better-sqlite3';
import { prepared } from './statements.js';
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
    // Driven from the id list (CROSS JOIN fixes the order), so each lookup is one index probe however big the tables grow.
    const fromProposals = prepared(
      db,
      `SELECT p.event_id AS id, p.decided_by AS by, p.decided_at AS at FROM json_each(?) j
       CROSS JOIN proposals p ON p.event_id = j.value WHERE p.status = 'accepted' AND p.merged = 0 ORDER BY p.decided_at DESC`,
    ).all(ids) as { id: string; by: string; at: string }[];
    const fromReviews = prepared(
      db,
      `SELECT r.event_id AS id, r.reviewer AS by, r.at FROM json_each(?) j
       CROSS JOIN reviews r ON r.event_id = j.value WHERE r.decision = 'accepted' ORDER BY r.seq DESC`,
    ).all(ids) as { id: string; by: string; at: string }[];
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
