import type Database from 'better-sqlite3';
import type { ExportHeader, ProvenanceEntry } from '../domain/index.js';
import { canonicalEvent, canonicalJson, fromRow, originOf } from './event-rows.js';
import { allReviews } from './reviews.js';

interface Row {
  id: string;
  record: string;
  origin: string;
  origin_reviewer: string | null;
  origin_at: string | null;
}

/**
 * The whole store as JSON Lines, streamed: a header line, every event (with all its sources, its
 * origin and the articles it was coded from), every merge, every review. `bloc import` of these
 * lines into an empty store, exported again, gives the same lines after the header.
 */
export function* exportLines(db: Database.Database, header: ExportHeader['bloc_export']): Generator<string> {
  yield JSON.stringify({ bloc_export: header });
  const sources = db.prepare('SELECT url FROM event_sources WHERE event_id = ? ORDER BY rowid');
  const provenance = db.prepare(
    `SELECT ea.article_id, a.date, a.title, a.url, a.sha256, a.ingested_at, ea.evidence, ea.confidence
     FROM event_articles ea JOIN articles a ON a.id = ea.article_id WHERE ea.event_id = ? ORDER BY a.date, ea.article_id`,
  );
  const events = db.prepare('SELECT id, record, origin, origin_reviewer, origin_at FROM events ORDER BY date_first, date_last, id');
  for (const r of events.iterate() as IterableIterator<Row>) {
    const urls = (sources.all(r.id) as { url: string }[]).map((s) => s.url);
    const prov = provenance.all(r.id) as ProvenanceEntry[];
    const e = fromRow(r.record, urls, originOf(r));
    yield canonicalJson(prov.length ? { ...e, provenance: prov } : e);
  }
  const added = db.prepare('SELECT url FROM event_sources WHERE merge_seq = ? ORDER BY rowid');
  const merges = db.prepare('SELECT seq, into_id, reason, record, at, undone_at, undone_as FROM merges ORDER BY seq');
  for (const m of merges.iterate() as IterableIterator<MergeRow>) {
    yield JSON.stringify({
      bloc_merge: {
        into: m.into_id,
        reason: m.reason,
        at: m.at,
        record: canonicalEvent(JSON.parse(m.record) as Record<string, unknown>),
        added_sources: (added.all(m.seq) as { url: string }[]).map((s) => s.url),
        ...(m.undone_at !== null ? { undone_at: m.undone_at } : {}),
        ...(m.undone_as !== null ? { undone_as: m.undone_as } : {}),
      },
    });
  }
  for (const v of allReviews(db)) {
    const record = canonicalEvent(JSON.parse(v.record) as Record<string, unknown>);
    yield JSON.stringify({ bloc_review: { event_id: v.event_id, decision: v.decision, reviewer: v.reviewer, at: v.at, record } });
  }
}

/** One stored merge. */
export interface MergeRow {
  readonly seq: number;
  readonly into_id: string;
  readonly reason: string;
  readonly record: string;
  readonly at: string;
  readonly undone_at: string | null;
  readonly undone_as: string | null;
}
