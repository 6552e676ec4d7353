import type Database from 'better-sqlite3';
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
import { dayString, deriveEventId, intervalOf } from '../domain/index.js';
import { fromRow, insertStatement, namedThing, toRow, type Origin } from './event-rows.js';
import { readReference, syncPack } from './pack-sync.js';
import { openDatabase } from './open-database.js';
import { whereClause, type EventFilter } from './event-filter.js';
import { resolveDbPath } from './paths.js';
import { ingestArticle, type IngestArticle, type IngestResult } from './ingest.js';
import { countReviews, listReviews, recordReview, type Review, type ReviewInput, type ReviewResult } from './reviews.js';
import { ProposalStore } from './proposals.js';
import { FeedStore } from './feeds.js';
import { readAudit } from './audit-log.js';
import { originsOf } from './origins.js';

export interface StoreOptions {
  /** File path or ':memory:'; defaults to --db / BLOC_DB / the default place. */
  readonly path?: string | undefined;
  /** The alliance pack to load into a new or outdated store; `false` opens the file as it is. */
  readonly pack: string | false;
  /** Name of the pack when it is not the default one: its default file is then `bloc-<name>.db`. */
  readonly otherPack?: string | undefined;
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
  readonly merged: readonly string[];
}

/** The embedded SQLite store: the only module that touches the database. */
export class Store {
  readonly path: string;
  private readonly db: Database.Database;
  /** Coded events waiting for review, and the decisions on them (issue 12). */
  readonly proposals: ProposalStore;
  /** The followed feeds' state between runs. */
  readonly feeds: FeedStore;

  constructor(options: StoreOptions) {
    this.path = resolveDbPath(options.path, process.env, options.otherPack);
    this.db = openDatabase(this.path);
    if (options.pack !== false) syncPack(this.db, options.pack);
    this.proposals = new ProposalStore(this.db, this);
    this.feeds = new FeedStore(this.db);
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

  /** Events matching the filter, in date order, each with all its sources. */
  events(filter: EventFilter = {}): ChronicleEvent[] {
    const { sql, params } = whereClause(filter);
    const page =
      filter.limit !== undefined
        ? ` LIMIT ${Math.max(0, Math.floor(filter.limit))} OFFSET ${Math.max(0, Math.floor(filter.offset ?? 0))}`
        : '';
    const rows = this.db
      .prepare(`SELECT id, record, origin FROM events ${sql} ORDER BY date_first, date_last, id${page}`)
      .all(...params) as { id: string; record: string; origin: string }[];
    const sources = this.sourcesOf(rows.map((r) => r.id));
    const origins = originsOf(this.db, rows);
    return rows.map((r) => fromRow(r.record, sources.get(r.id) ?? [], origins.get(r.id)));
  }

  /** How many events match the filter (for paging). */
  countEvents(filter: EventFilter = {}): number {
    const { sql, params } = whereClause(filter);
    return (this.db.prepare(`SELECT count(*) AS n FROM events ${sql}`).get(...params) as { n: number }).n;
  }

  /** One event by id. */
  event(id: string): ChronicleEvent | undefined {
    const row = this.db.prepare('SELECT id, record, origin FROM events WHERE id = ?').get(id) as
      { id: string; record: string; origin: string } | undefined;
    return row ? fromRow(row.record, this.sourcesOf([id]).get(id) ?? [], originsOf(this.db, [row]).get(id)) : undefined;
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
  findTwin(e: {
    id?: string | undefined;
    type: string;
    actor: string;
    target: string | null;
    date: string;
    details?: Readonly<Record<string, unknown>> | undefined;
  }): string | undefined {
    if (e.id !== undefined && this.db.prepare('SELECT 1 FROM events WHERE id = ?').get(e.id)) return e.id;
    const span = intervalOf(e.date);
    // Day-precise dates from different sources often differ by a day or two.
    const slack = span.precision === 'day' ? 3 : 0;
    const rows = this.db
      .prepare(
        `SELECT id, record FROM events
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
    const own = (
      JSON.parse((this.db.prepare('SELECT record FROM events WHERE id = ?').get(id) as { record: string }).record) as ChronicleEvent
    ).source;
    for (const u of urls) if (u !== own) stmt.run(id, u, now);
  }

  /**
   * Imports validated records in one transaction: a record that describes a stored event
   * again adds its sources to it; the rest are inserted with a derived id where they have none.
   */
  importEvents(records: readonly ImportEvent[], origin: Origin = 'import'): ImportResult {
    const inserted: string[] = [];
    const merged: string[] = [];
    const insert = insertStatement(this.db);
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
    return ingestArticle(this.db, (records) => this.importEvents(records, 'ingest'), article, coded);
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

  /** Records an accept/reject decision with who and when; an accepted event enters the chronicle. */
  recordReview(input: ReviewInput): ReviewResult {
    return recordReview(this.db, this, input);
  }

  /** The latest reviews, newest first. */
  reviews(limit = 100): Review[] {
    return listReviews(this.db, limit);
  }

  /** How many review decisions are stored. */
  countReviews(): number {
    return countReviews(this.db);
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
export function openStore(options: StoreOptions): Store {
  return new Store(options);
}
