import type Database from 'better-sqlite3';
import { deriveEventId, intervalOf, type EventOrigin, type ImportEvent, type ProvenanceEntry } from '../domain/index.js';
import { StoreError } from './errors.js';
import { bodyOf, canonicalJson, insertStatement, toRow } from './event-rows.js';
import { mergeConflict, type MergeCandidate } from './merge-rule.js';

/** A merge the store made: the record it absorbed went into event `into`; `bloc merges undo SEQ` reverses it. */
export interface MergeNote {
  readonly seq: number;
  readonly into: string;
  readonly reason: string;
}

/** What one record did to the chronicle: a new event, a merge into another, or nothing new (the same record again). */
export interface RecordOutcome {
  readonly action: 'inserted' | 'merged' | 'same';
  readonly id: string;
  readonly merge?: MergeNote | undefined;
}

interface StoredRow {
  readonly id: string;
  readonly layer: string;
  readonly record: string;
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

/**
 * The write side of the chronicle, with its statements prepared once. The rule: a record with its
 * own id is that event (new, or the same again); only a record without an id may merge, and only
 * into the same act (see merge-rule.ts). Every merge keeps the whole absorbed record, so nothing
 * it said is lost and the merge can be undone.
 */
export class ChronicleWriter {
  private readonly insertRow: Database.Statement;
  private readonly getRow: Database.Statement;
  private readonly twins: Database.Statement;
  private readonly addSource: Database.Statement;
  private readonly addMerge: Database.Statement;
  private readonly addArticle: Database.Statement;
  private readonly addLink: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insertRow = insertStatement(db);
    this.getRow = db.prepare('SELECT id, layer, record FROM events WHERE id = ?');
    // Records that start inside the interval, then the few longer ones (months, years) that start
    // before it and reach into it: two tight index ranges instead of a year of candidates.
    this.twins = db.prepare(
      `SELECT id, layer, record, date_first FROM events
       WHERE type = @type AND actor = @actor AND target IS @target AND date_first BETWEEN @first AND @last
       UNION ALL
       SELECT id, layer, record, date_first FROM events
       WHERE type = @type AND actor = @actor AND target IS @target AND date_last > date_first
         AND date_first BETWEEN @first - 366 AND @first - 1 AND date_last >= @first
       ORDER BY date_first, id`,
    );
    this.addSource = db.prepare('INSERT OR IGNORE INTO event_sources (event_id, url, added_at, merge_seq) VALUES (?, ?, ?, ?)');
    this.addMerge = db.prepare('INSERT INTO merges (into_id, reason, record, at) VALUES (?, ?, ?, ?)');
    this.addArticle = db.prepare('INSERT OR IGNORE INTO articles (id, date, title, url, sha256, ingested_at) VALUES (?, ?, ?, ?, ?, ?)');
    this.addLink = db.prepare('INSERT OR IGNORE INTO event_articles (event_id, article_id, evidence, confidence) VALUES (?, ?, ?, ?)');
  }

  /** Applies one validated record; `fallback` is its origin when it does not carry one. */
  apply(r: ImportEvent, fallback: EventOrigin, now: string): RecordOutcome {
    const origin = r.origin ?? fallback;
    const body = bodyOf(r);
    const urls = unique([r.source, ...(r.sources ?? [])]);
    let out: RecordOutcome;
    if (r.id !== undefined) {
      // Most records are new: try the insert first, and look at the stored one only when the id is taken.
      const row = toRow({ ...body, id: r.id } as never, 'user', origin);
      if (this.insertRow.run(row).changes === 1) {
        if (urls.length > 1) this.addSources(r.id, urls, null, now, r.source);
        out = { action: 'inserted', id: r.id };
      } else {
        const existing = this.getRow.get(r.id) as StoredRow;
        if (existing.record === row.record && (existing.layer === 'user' || origin.kind === 'curated')) {
          this.addSources(r.id, urls, null, now);
          out = { action: 'same', id: r.id };
        } else {
          // A user's copy of a pack event is kept as a merge too, so it outlives a pack that drops the event.
          const reason = existing.record === row.record ? 'same id (a copy of a data-pack event)' : 'same id, other fields differ';
          out = this.merge(r.id, { ...r, origin }, urls, reason, now);
        }
      }
    } else {
      const derived = deriveEventId(r);
      const twin = this.findTwin(r as MergeCandidate, derived);
      if (twin && twin.id === derived && twin.record === canonicalJson({ ...body, id: derived })) {
        this.addSources(derived, urls, null, now);
        out = { action: 'same', id: derived };
      } else if (twin)
        out = this.merge(twin.id, { ...r, origin }, urls, 'same act: type, actors, overlapping dates, no conflicting detail', now);
      else out = { action: 'inserted', id: this.insert(this.freeId(derived), body, origin, urls) };
    }
    this.link(out.id, r.provenance ?? []);
    return out;
  }

  /** The event a record would go into, without writing: its own id when taken, else the act it would merge into. */
  target(r: ImportEvent): string | undefined {
    if (r.id !== undefined) return this.getRow.get(r.id) ? r.id : undefined;
    return this.findTwin(r as MergeCandidate, deriveEventId(r))?.id;
  }

  private findTwin(r: MergeCandidate, derived: string): StoredRow | undefined {
    const { first, last } = intervalOf(r.date);
    const rows = this.twins.all({ type: r.type, actor: r.actor, target: r.target, first, last }) as StoredRow[];
    const fits = rows.filter((row) => mergeConflict(r, JSON.parse(row.record) as MergeCandidate) === undefined);
    return fits.find((row) => row.id === derived) ?? fits[0];
  }

  /** An id not yet taken: the wanted one, else it with -2, -3, ... */
  freeId(wanted: string): string {
    if (!this.getRow.get(wanted)) return wanted;
    for (let n = 2; ; n++) if (!this.getRow.get(`${wanted}-${n}`)) return `${wanted}-${n}`;
  }

  private insert(id: string, body: Record<string, unknown>, origin: EventOrigin, urls: readonly string[]): string {
    this.insertRow.run(toRow({ ...body, id } as never, 'user', origin));
    // The record's own source is its first; only the others go to event_sources.
    if (urls.length > 1) this.addSources(id, urls, null, new Date().toISOString(), body['source'] as string);
    return id;
  }

  /** Adds sources to an event (its own first source is never repeated); `mergeSeq` marks those a merge brought. */
  addSources(id: string, urls: readonly string[], mergeSeq: number | null, now: string, ownSource?: string): void {
    const own = ownSource ?? (JSON.parse((this.getRow.get(id) as StoredRow).record) as { source: string }).source;
    for (const u of urls) if (u !== own) this.addSource.run(id, u, now, mergeSeq);
  }

  private merge(into: string, record: ImportEvent, urls: readonly string[], reason: string, now: string): RecordOutcome {
    const seq = Number(this.addMerge.run(into, reason, canonicalJson(record), now).lastInsertRowid);
    this.addSources(into, urls, seq, now);
    return { action: 'merged', id: into, merge: { seq, into, reason } };
  }

  /** Stores the articles an event was coded from and links them to it. */
  link(id: string, provenance: readonly ProvenanceEntry[]): void {
    for (const p of provenance) {
      this.addArticle.run(p.article_id, p.date, p.title, p.url, p.sha256, p.ingested_at);
      this.addLink.run(id, p.article_id, p.evidence, p.confidence);
    }
  }

  /**
   * Undoes merge `seq`: the absorbed record becomes its own event again (under its own id, or a
   * free one), with its sources and articles; the sources it had added to the other event go.
   */
  undoMerge(seq: number, now: string): string {
    const m = this.db.prepare('SELECT into_id, record, undone_at, undone_as FROM merges WHERE seq = ?').get(seq) as
      { into_id: string; record: string; undone_at: string | null; undone_as: string | null } | undefined;
    if (!m) throw new StoreError(`no merge #${seq} (bloc merges list shows them)`);
    if (m.undone_as !== null) throw new StoreError(`merge #${seq} was already undone: the record is event ${m.undone_as}`);
    if (m.undone_at !== null) throw new StoreError(`merge #${seq} was retracted by a reviewer (bloc review log says why)`);
    const r = JSON.parse(m.record) as ImportEvent;
    const id = this.freeId(r.id ?? deriveEventId(r));
    this.insert(id, bodyOf(r), r.origin ?? { kind: 'imported' }, unique([r.source, ...(r.sources ?? [])]));
    this.db.prepare('DELETE FROM event_sources WHERE merge_seq = ?').run(seq);
    const articles = unique([...(r.article_id !== undefined ? [r.article_id] : []), ...(r.provenance ?? []).map((p) => p.article_id)]);
    const move = this.db.prepare('UPDATE OR IGNORE event_articles SET event_id = ? WHERE event_id = ? AND article_id = ?');
    for (const a of articles) move.run(id, m.into_id, a);
    this.link(id, r.provenance ?? []);
    this.db.prepare('UPDATE merges SET undone_at = ?, undone_as = ? WHERE seq = ?').run(now, id, seq);
    return id;
  }
}
