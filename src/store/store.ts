import type Database from 'better-sqlite3';
import type {
  ChronicleEvent,
  CouncilSeat,
  EventOrigin,
  ImportEvent,
  Leader,
  Member,
  Organ,
  PackManifest,
  Summit,
  Treaty,
} from '../domain/index.js';
import { dayString, deriveEventId } from '../domain/index.js';
import { ChronicleWriter, type MergeNote, type RecordOutcome } from './chronicle-writer.js';
import { StoreError } from './errors.js';
import { fromRow, originOf } from './event-rows.js';
import { exportLines, type MergeRow } from './export-lines.js';
import { importLines, type ImportLinesOptions, type ImportLinesResult, type SourceLine } from './import-lines.js';
import { meta, packChanged, readReference, syncPack } from './pack-sync.js';
import { openDatabase } from './open-database.js';
import { whereClause, type EventFilter } from './event-filter.js';
import { resolveDbPath } from './paths.js';
import { countReviews, listReviews, type Review } from './reviews.js';
import { announced, withRetry } from './write-lock.js';
import { ProposalStore } from './proposals.js';
import { FeedStore } from './feeds.js';
import { readAudit } from './audit-log.js';

export interface StoreOptions {
  /** File path or ':memory:'; defaults to --db / BLOC_DB / the default place. */
  readonly path?: string | undefined;
  /** The alliance pack to load into a new or outdated store; `false` opens the file as it is. */
  readonly pack: string | false;
  /** Name of the pack when it is not the default one: its default file is then `bloc-<name>.db`. */
  readonly otherPack?: string | undefined;
  /** Read every page at open and refuse a damaged file (a server checks once at start). */
  readonly check?: boolean | undefined;
  /** How long one statement waits for another process's write lock, in ms (tests shorten it). */
  readonly busyTimeoutMs?: number | undefined;
}

/** One article an event was coded from: the evidence sentence and the article's date, title and URL. */
export interface Provenance {
  readonly article_id: string;
  readonly evidence: string;
  readonly confidence: number;
  readonly date: string;
  readonly title: string | null;
  readonly url: string | null;
}

export interface ImportResult {
  readonly inserted: readonly string[];
  /** The events that records were merged into (or that were the same record again). */
  readonly merged: readonly string[];
  /** Every merge made, to print and to undo. */
  readonly merges: readonly MergeNote[];
}

/** A stored merge, for `bloc merges list`. */
export interface Merge {
  readonly seq: number;
  readonly into: string;
  readonly reason: string;
  readonly at: string;
  readonly record: ImportEvent;
  readonly undone_at: string | null;
  readonly undone_as: string | null;
}

interface EventRowRead {
  id: string;
  record: string;
  origin: string;
  origin_reviewer: string | null;
  origin_at: string | null;
}

/** The embedded SQLite store: the only module that touches the database. */
export class Store {
  readonly path: string;
  /** True when the file could only be opened for reading: every write fails with one line. */
  readonly readonly: boolean;
  private readonly db: Database.Database;
  private readonly writer: ChronicleWriter | undefined;
  /** Coded events waiting for review, and the decisions on them (issue 12). */
  readonly proposals: ProposalStore;
  /** The followed feeds' state between runs. */
  readonly feeds: FeedStore;

  constructor(options: StoreOptions) {
    this.path = resolveDbPath(options.path, process.env, options.otherPack);
    const opened = openDatabase(this.path, { check: options.check, busyTimeoutMs: options.busyTimeoutMs });
    this.db = opened.db;
    this.readonly = opened.readonly;
    this.writer = this.readonly ? undefined : new ChronicleWriter(this.db);
    const dir = options.pack;
    // Only a store whose pack is out of date is written at open; a current one is only read.
    if (dir !== false && this.writer && packChanged(this.db, dir)) {
      const w = this.writer;
      this.retry(() => syncPack(this.db, dir, w));
    }
    this.proposals = new ProposalStore(this.db, {
      write: (work) => this.write(work),
      mergeTarget: (e) => this.mergeTarget(e),
      event: (id) => this.event(id),
    });
    this.feeds = new FeedStore(this.db, (work) => this.write(() => work()));
  }

  private retry<T>(work: () => T): T {
    return withRetry(this.db, this.path, work);
  }

  private writable(): ChronicleWriter {
    if (!this.writer) throw new StoreError(`${this.path} is read-only: it can be read, not written`);
    return this.writer;
  }

  /** Runs `work` in one immediate transaction, tried again while another process holds the lock. */
  private write<T>(work: (w: ChronicleWriter) => T): T {
    const w = this.writable();
    return this.retry(() => this.db.transaction(() => work(w)).immediate());
  }

  /** The audit log of review decisions, newest first. */
  auditLog(opts: { limit?: number | undefined; proposal?: string | undefined } = {}) {
    return readAudit(this.db, opts);
  }

  /** The chronicle's latest event: the one whose date reaches furthest. */
  latestEvent(): { id: string; date: string; day: string } | undefined {
    const row = this.db.prepare('SELECT id, date, date_last FROM events ORDER BY date_last DESC, date_first DESC, id LIMIT 1').get() as
      { id: string; date: string; date_last: number } | undefined;
    return row ? { id: row.id, date: row.date, day: dayString(row.date_last) } : undefined;
  }

  private reference<T>(kind: string, fallback: T): T {
    return readReference(this.db, kind, fallback);
  }

  manifest(): PackManifest | undefined {
    return this.reference<PackManifest | undefined>('manifest', undefined);
  }
  members(): Member[] {
    return this.reference<Member[]>('members', []);
  }
  leaders(): Leader[] {
    return this.reference<Leader[]>('leaders', []);
  }
  councilSeats(): CouncilSeat[] {
    return this.reference<CouncilSeat[]>('council_seats', []);
  }
  treaty(): Treaty {
    return this.reference<Treaty>('treaty', { instruments: [], provisions: [] });
  }
  organs(): Organ[] {
    return this.reference<Organ[]>('organs', []);
  }
  summits(): Summit[] {
    return this.reference<Summit[]>('summits', []);
  }

  /** The days the data covers: the treaty's signature to the day the chronicle was curated to, never past today. */
  span(today: string): { first: string; last: string } {
    const first =
      this.treaty()
        .instruments.map((i) => i.signed)
        .sort()[0] ?? today;
    const last = [this.manifest()?.curated_to ?? today, today].sort()[0]!;
    return { first, last };
  }

  /** Events matching the filter, in date order, each with all its sources and its origin. */
  events(filter: EventFilter = {}): ChronicleEvent[] {
    const { sql, params } = whereClause(filter);
    const page =
      filter.limit !== undefined
        ? ` LIMIT ${Math.max(0, Math.floor(filter.limit))} OFFSET ${Math.max(0, Math.floor(filter.offset ?? 0))}`
        : '';
    const rows = this.db
      .prepare(`SELECT id, record, origin, origin_reviewer, origin_at FROM events ${sql} ORDER BY date_first, date_last, id${page}`)
      .all(...params) as EventRowRead[];
    const sources = this.sourcesOf(rows.map((r) => r.id));
    return rows.map((r) => fromRow(r.record, sources.get(r.id) ?? [], originOf(r)));
  }

  /** How many events match the filter (for paging). */
  countEvents(filter: EventFilter = {}): number {
    const { sql, params } = whereClause(filter);
    return (this.db.prepare(`SELECT count(*) AS n FROM events ${sql}`).get(...params) as { n: number }).n;
  }

  /** One event by id. */
  event(id: string): ChronicleEvent | undefined {
    const row = this.db.prepare('SELECT id, record, origin, origin_reviewer, origin_at FROM events WHERE id = ?').get(id) as
      EventRowRead | undefined;
    return row ? fromRow(row.record, this.sourcesOf([id]).get(id) ?? [], originOf(row)) : undefined;
  }

  private sourcesOf(ids: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (ids.length === 0) return out;
    const rows = this.db
      .prepare('SELECT event_id, url FROM event_sources WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY rowid')
      .all(JSON.stringify(ids)) as { event_id: string; url: string }[];
    for (const r of rows) {
      const list = out.get(r.event_id);
      if (list) list.push(r.url);
      else out.set(r.event_id, [r.url]);
    }
    return out;
  }

  /**
   * Imports validated records in one transaction. A record with its own id is that event (new,
   * or the same again); one without an id merges only into the same act (docs/store.md), and
   * every merge is recorded so that it can be listed and undone.
   */
  importEvents(records: readonly ImportEvent[], origin?: EventOrigin): ImportResult {
    const now = new Date().toISOString();
    const fallback = origin ?? { kind: 'imported' as const, at: now };
    return this.write((w) => {
      const inserted: string[] = [];
      const merged: string[] = [];
      const merges: MergeNote[] = [];
      for (const r of records) {
        const out = w.apply(r, fallback, now);
        (out.action === 'inserted' ? inserted : merged).push(out.id);
        if (out.merge) merges.push(out.merge);
      }
      return { inserted, merged, merges };
    });
  }

  /**
   * Imports JSON Lines as `bloc import` does, streaming, all or nothing: one immediate transaction,
   * committed only when every line is valid. While it runs, the store says what holds its lock.
   */
  async importLines(input: AsyncIterable<SourceLine>, what: string, options: ImportLinesOptions = {}): Promise<ImportLinesResult> {
    const w = this.writable();
    return announced(this.db, this.path, what, async () => {
      this.retry(() => this.db.exec('BEGIN IMMEDIATE'));
      let result: ImportLinesResult | undefined;
      try {
        result = await importLines(this.db, w, input, options);
      } finally {
        if (result !== undefined && result.problemCount === 0) this.db.exec('COMMIT');
        else this.db.exec('ROLLBACK');
      }
      return result;
    });
  }

  /** The whole store as JSON Lines (see export-lines.ts), streamed. */
  exportLines(now: () => Date = () => new Date()): Generator<string> {
    return exportLines(this.db, { pack_version: meta(this.db, 'pack_version') ?? null, exported_at: now().toISOString() });
  }

  /** The event a record would go into under the merge rule, without writing (see ChronicleWriter.target). */
  mergeTarget(e: ImportEvent): string | undefined {
    return this.writer ? this.writer.target(e) : this.twinOf(e);
  }

  /** The stored event a record describes again, if any (its id, or the same act). */
  twinOf(e: ImportEvent): string | undefined {
    if (e.id !== undefined) return this.db.prepare('SELECT 1 FROM events WHERE id = ?').get(e.id) ? e.id : undefined;
    const derived = deriveEventId(e);
    return this.db.prepare('SELECT 1 FROM events WHERE id = ?').get(derived) ? derived : undefined;
  }

  /** The articles an event was coded from, with the evidence sentence of each. */
  provenance(eventId: string): Provenance[] {
    return this.db
      .prepare(
        `SELECT ea.article_id, ea.evidence, ea.confidence, a.date, a.title, a.url
         FROM event_articles ea JOIN articles a ON a.id = ea.article_id WHERE ea.event_id = ? ORDER BY a.date`,
      )
      .all(eventId) as Provenance[];
  }

  /** How many articles have been ingested. */
  countArticles(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /** The latest reviews, newest first. */
  reviews(limit = 100): Review[] {
    return listReviews(this.db, limit);
  }

  /** How many review decisions are stored. */
  countReviews(): number {
    return countReviews(this.db);
  }

  /** Every merge, oldest first (undone ones say what they became). */
  merges(): Merge[] {
    const rows = this.db
      .prepare('SELECT seq, into_id, reason, record, at, undone_at, undone_as FROM merges ORDER BY seq')
      .all() as MergeRow[];
    return rows.map((m) => ({
      seq: m.seq,
      into: m.into_id,
      reason: m.reason,
      at: m.at,
      record: JSON.parse(m.record) as ImportEvent,
      undone_at: m.undone_at,
      undone_as: m.undone_as,
    }));
  }

  /** Undoes one merge: the record it absorbed becomes its own event again; returns that event's id. */
  undoMerge(seq: number): string {
    return this.write((w) => w.undoMerge(seq, new Date().toISOString()));
  }

  /** Runs work in one transaction (all or nothing). */
  transaction<T>(work: () => T): T {
    return this.retry(() => this.db.transaction(work).immediate());
  }

  close(): void {
    this.db.close();
  }
}

/** Opens (creating and loading it on first use) the store at the resolved path. */
export function openStore(options: StoreOptions): Store {
  return new Store(options);
}

export type { RecordOutcome };
