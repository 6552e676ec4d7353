import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  ChronicleEvent,
  CodedEvent,
  CouncilSeat,
  ImportEvent,
  Leader,
  Member,
  Organ,
  PackManifest,
  Summit,
  Treaty,
} from '../domain/index.js';
import { dayOf, deriveEventId, intervalOf } from '../domain/index.js';
import { loadPack, packFingerprint, PACK_DIR } from '../data/index.js';
import { StoreError } from './errors.js';
import { fromRow, namedThing, toRow, type EventRow } from './event-rows.js';
import { APPLICATION_ID, migrate, SCHEMA_VERSION } from './migrations.js';
import { resolveDbPath } from './paths.js';
import { articleHash, chronicleRecord, isDated, type IngestArticle, type IngestResult } from './ingest.js';
import type { Review, ReviewInput, ReviewResult } from './reviews.js';

export interface StoreOptions {
  /** File path or ':memory:'; defaults to --db / BLOC_DB / the default place. */
  readonly path?: string | undefined;
  /** Load the CSTO pack into a new or outdated store (default true). */
  readonly pack?: boolean;
  /** Another pack directory, for tests. */
  readonly packDir?: string;
}

export interface EventFilter {
  /** Only events known on or before this day (the later of date and reported). */
  readonly asOf?: string | undefined;
  /** Only events whose date interval reaches on or after this day. */
  readonly from?: string | undefined;
  /** Only events whose date interval starts on or before this day. */
  readonly to?: string | undefined;
  /** Actor or target. */
  readonly actor?: string | undefined;
  /** A full type (`exercise.held`) or its family (`exercise`). */
  readonly type?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export interface ImportResult {
  readonly inserted: readonly string[];
  readonly merged: readonly string[];
}

type Origin = 'pack' | 'import' | 'ingest' | 'review';

function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') {
    if (existsSync(path) && statSync(path).isDirectory()) throw new StoreError(`${path} is a directory, not a bloc database`);
    mkdirSync(dirname(path), { recursive: true });
  }
  let db: Database.Database;
  try {
    db = new Database(path);
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (appId !== APPLICATION_ID && (tables > 0 || version > 0)) {
      db.close();
      throw new StoreError(`${path} is not a bloc database (it is some other SQLite file)`);
    }
    if (version > SCHEMA_VERSION) {
      db.close();
      throw new StoreError(`${path} was written by a newer bloc (schema ${version}; this bloc reads up to ${SCHEMA_VERSION}): upgrade bloc`);
    }
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${path} is not a bloc database (${(err as Error).message})`);
  }
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db);
  return db;
}

/** The embedded SQLite store: the only module that touches the database. */
export class Store {
  readonly path: string;
  private readonly db: Database.Database;

  constructor(options: StoreOptions = {}) {
    this.path = resolveDbPath(options.path);
    this.db = openDatabase(this.path);
    if (options.pack !== false) this.syncPack(options.packDir ?? PACK_DIR);
  }

  /** Reloads the pack's events and reference data when the pack on disk differs from the one stored. */
  private syncPack(dir: string): void {
    const fingerprint = packFingerprint(dir);
    if (this.meta('pack_fingerprint') === fingerprint) return;
    const pack = loadPack(dir);
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM events WHERE origin = 'pack'").run();
      const insert = this.insertStatement();
      for (const e of pack.events) insert.run(toRow(e, 'pack'));
      const ref = this.db.prepare('INSERT OR REPLACE INTO reference (kind, data) VALUES (?, ?)');
      ref.run('manifest', JSON.stringify(pack.manifest));
      ref.run('members', JSON.stringify(pack.members));
      ref.run('leaders', JSON.stringify(pack.leaders));
      ref.run('council_seats', JSON.stringify(pack.councilSeats));
      ref.run('treaty', JSON.stringify(pack.treaty));
      ref.run('organs', JSON.stringify(pack.organs));
      ref.run('summits', JSON.stringify(pack.summits));
      this.setMeta('pack_fingerprint', fingerprint);
      this.setMeta('pack_version', pack.manifest.version);
    })();
  }

  private insertStatement() {
    // A user's event with the same id wins over the pack's: never overwrite what a user imported.
    return this.db.prepare(
      `INSERT INTO events (id, type, actor, target, date, date_first, date_last, known_day, origin, record)
       VALUES (@id, @type, @actor, @target, @date, @date_first, @date_last, @known_day, @origin, @record)
       ON CONFLICT(id) DO NOTHING`,
    );
  }

  private meta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  private setMeta(key: string, value: string): void {
    this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  private reference<T>(kind: string, fallback: T): T {
    const row = this.db.prepare('SELECT data FROM reference WHERE kind = ?').get(kind) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as T) : fallback;
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
    const first = this.treaty().instruments.map((i) => i.signed).sort()[0] ?? '1992-05-15';
    const last = [this.manifest()?.curated_to ?? today, today].sort()[0]!;
    return { first, last };
  }

  private where(f: EventFilter): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (f.asOf !== undefined) (clauses.push('known_day <= ?'), params.push(dayOf(f.asOf)));
    if (f.from !== undefined) (clauses.push('date_last >= ?'), params.push(intervalOf(f.from).first));
    if (f.to !== undefined) (clauses.push('date_first <= ?'), params.push(intervalOf(f.to).last));
    if (f.actor !== undefined) (clauses.push('(actor = ? OR target = ?)'), params.push(f.actor, f.actor));
    if (f.type !== undefined) {
      if (f.type.includes('.')) (clauses.push('type = ?'), params.push(f.type));
      else (clauses.push('(type = ? OR type LIKE ?)'), params.push(f.type, `${f.type}.%`));
    }
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  /** Events matching the filter, in date order, each with all its sources. */
  events(filter: EventFilter = {}): ChronicleEvent[] {
    const { sql, params } = this.where(filter);
    const page = filter.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(filter.limit))} OFFSET ${Math.max(0, Math.floor(filter.offset ?? 0))}` : '';
    const rows = this.db
      .prepare(`SELECT id, record FROM events ${sql} ORDER BY date_first, date_last, id${page}`)
      .all(...params) as { id: string; record: string }[];
    const sources = this.sourcesOf(rows.map((r) => r.id));
    return rows.map((r) => fromRow(r.record, sources.get(r.id) ?? []));
  }

  /** How many events match the filter (for paging). */
  countEvents(filter: EventFilter = {}): number {
    const { sql, params } = this.where(filter);
    return (this.db.prepare(`SELECT count(*) AS n FROM events ${sql}`).get(...params) as { n: number }).n;
  }

  /** One event by id. */
  event(id: string): ChronicleEvent | undefined {
    const row = this.db.prepare('SELECT record FROM events WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? fromRow(row.record, this.sourcesOf([id]).get(id) ?? []) : undefined;
  }

  private sourcesOf(ids: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (ids.length === 0) return out;
    const rows = this.db
      .prepare('SELECT event_id, url FROM event_sources WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY added_at, url')
      .all(JSON.stringify(ids)) as { event_id: string; url: string }[];
    for (const r of rows) {
      const list = out.get(r.event_id);
      if (list) list.push(r.url);
      else out.set(r.event_id, [r.url]);
    }
    return out;
  }

  /** The stored event that a new record describes again, if any (same id, or same act and date). */
  findTwin(e: { id?: string | undefined; type: string; actor: string; target: string | null; date: string; details?: Readonly<Record<string, unknown>> | undefined }): string | undefined {
    if (e.id !== undefined && this.db.prepare('SELECT 1 FROM events WHERE id = ?').get(e.id)) return e.id;
    const span = intervalOf(e.date);
    // Day-precise dates from different sources often differ by a day or two.
    const slack = span.precision === 'day' ? 3 : 0;
    const rows = this.db
      .prepare(
        `SELECT id, record, date_first, date_last FROM events
         WHERE type = ? AND actor = ? AND target IS ? AND date_last >= ? AND date_first <= ?`,
      )
      .all(e.type, e.actor, e.target, span.first - slack, span.last + slack) as { id: string; record: string }[];
    const name = namedThing(e.details);
    for (const r of rows) {
      const other = namedThing((JSON.parse(r.record) as ChronicleEvent).details as Record<string, unknown> | undefined);
      if (name === undefined || other === undefined || name === other) return r.id;
    }
    return undefined;
  }

  /** Adds sources to a stored event. */
  private addSources(id: string, urls: readonly string[]): void {
    const stmt = this.db.prepare('INSERT OR IGNORE INTO event_sources (event_id, url, added_at) VALUES (?, ?, ?)');
    const now = new Date().toISOString();
    const own = (JSON.parse((this.db.prepare('SELECT record FROM events WHERE id = ?').get(id) as { record: string }).record) as ChronicleEvent).source;
    for (const u of urls) if (u !== own) stmt.run(id, u, now);
  }

  /**
   * Imports validated records in one transaction: a record that describes a stored event
   * again adds its sources to it; the rest are inserted with a derived id where they have none.
   */
  importEvents(records: readonly ImportEvent[], origin: Origin = 'import'): ImportResult {
    const inserted: string[] = [];
    const merged: string[] = [];
    const insert = this.insertStatement();
    this.db.transaction(() => {
      for (const r of records) {
        const twin = this.findTwin(r);
        const urls = [r.source, ...(r.sources ?? [])];
        if (twin !== undefined) {
          this.addSources(twin, urls);
          merged.push(twin);
          continue;
        }
        const id = r.id ?? deriveEventId(r);
        const { sources: _s, ...rest } = r;
        const event = { ...rest, id } as ChronicleEvent;
        insert.run(toRow(event, origin));
        this.addSources(id, urls.slice(1));
        inserted.push(id);
      }
    })();
    return { inserted, merged };
  }

  /**
   * Stores one coded article and its events in one transaction, so a crash leaves the article
   * either wholly stored or not at all; the same article ingested again writes nothing.
   */
  ingestArticle(article: IngestArticle, coded: readonly CodedEvent[]): IngestResult {
    const sha = articleHash(article.text);
    return this.db.transaction((): IngestResult => {
      const prior = this.db.prepare('SELECT sha256 FROM articles WHERE id = ?').get(article.id) as { sha256: string } | undefined;
      if (prior?.sha256 === sha) return { article: article.id, already: true, inserted: [], merged: [], undated: 0 };
      this.db
        .prepare('INSERT OR REPLACE INTO articles (id, date, title, url, sha256, ingested_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(article.id, article.date, article.title ?? null, article.url ?? null, sha, new Date().toISOString());
      const dated = coded.filter(isDated);
      const link = this.db.prepare('INSERT OR REPLACE INTO event_articles (event_id, article_id, evidence, confidence) VALUES (?, ?, ?, ?)');
      const inserted: string[] = [];
      const merged: string[] = [];
      for (const e of dated) {
        const r = this.importEvents([chronicleRecord(article, e)], 'ingest');
        inserted.push(...r.inserted);
        merged.push(...r.merged);
        for (const id of [...r.inserted, ...r.merged]) link.run(id, article.id, e.evidence, e.confidence);
      }
      return { article: article.id, already: false, inserted, merged, undated: coded.length - dated.length };
    })();
  }

  /** The articles an event was coded from, with the evidence sentence of each. */
  provenance(eventId: string): { article_id: string; evidence: string; confidence: number; date: string; title: string | null; url: string | null }[] {
    return this.db
      .prepare(
        `SELECT ea.article_id, ea.evidence, ea.confidence, a.date, a.title, a.url
         FROM event_articles ea JOIN articles a ON a.id = ea.article_id WHERE ea.event_id = ? ORDER BY a.date`,
      )
      .all(eventId) as { article_id: string; evidence: string; confidence: number; date: string; title: string | null; url: string | null }[];
  }

  /** How many articles have been ingested. */
  countArticles(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /**
   * Records an accept/reject decision with who and when, in one transaction: an accepted event
   * enters the chronicle (origin `review`, merging with a twin if one exists); a rejected one doesn't.
   */
  recordReview(input: ReviewInput): ReviewResult {
    return this.db.transaction((): ReviewResult => {
      let eventId: string;
      let merged = false;
      if (input.decision === 'accepted') {
        const r = this.importEvents([input.event], 'review');
        merged = r.inserted.length === 0;
        eventId = (r.inserted[0] ?? r.merged[0])!;
      } else {
        eventId = this.findTwin(input.event) ?? input.event.id ?? '-';
      }
      const info = this.db
        .prepare('INSERT INTO reviews (event_id, decision, reviewer, at, record) VALUES (?, ?, ?, ?, ?)')
        .run(eventId, input.decision, input.reviewer, input.at, JSON.stringify(input.event));
      return { seq: Number(info.lastInsertRowid), event_id: eventId, decision: input.decision, merged, at: input.at };
    })();
  }

  /** The latest reviews, newest first. */
  reviews(limit = 100): Review[] {
    const rows = this.db
      .prepare('SELECT seq, event_id, decision, reviewer, at, record FROM reviews ORDER BY seq DESC LIMIT ?')
      .all(Math.max(0, Math.floor(limit))) as (Omit<Review, 'record'> & { record: string })[];
    return rows.map((r) => ({ ...r, record: JSON.parse(r.record) as ImportEvent }));
  }

  /** How many review decisions are stored. */
  countReviews(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM reviews').get() as { n: number }).n;
  }

  /** Runs work in one transaction (all or nothing). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }
}

/** Opens (creating and loading it on first use) the store at the resolved path. */
export function openStore(options: StoreOptions = {}): Store {
  return new Store(options);
}
