import type Database from 'better-sqlite3';
import { SEARCH_MIGRATION } from './search-index.js';

/** 'bloc' in ASCII: marks a SQLite file as ours, so a stranger's database is refused. */
export const APPLICATION_ID = 0x626c6f63;

/** Each entry moves the schema one version up; index + 1 is the version it produces. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    actor TEXT NOT NULL,
    target TEXT,
    date TEXT NOT NULL,
    date_first INTEGER NOT NULL,
    date_last INTEGER NOT NULL,
    known_day INTEGER NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('pack', 'import', 'ingest', 'review')),
    record TEXT NOT NULL
  );
  CREATE INDEX events_known ON events (known_day);
  CREATE INDEX events_date ON events (date_first, id);
  CREATE INDEX events_type ON events (type);
  CREATE INDEX events_actor ON events (actor);
  CREATE INDEX events_target ON events (target);
  CREATE INDEX events_match ON events (type, actor, target);
  CREATE TABLE event_sources (
    event_id TEXT NOT NULL,
    url TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (event_id, url)
  );
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL,
    title TEXT,
    url TEXT,
    sha256 TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE TABLE event_articles (
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    evidence TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (event_id, article_id)
  );
  CREATE TABLE reference (kind TEXT PRIMARY KEY, data TEXT NOT NULL);
  CREATE TABLE reviews (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    record TEXT NOT NULL
  );
  `,
  // 2: who owns a row (the pack, replaced on every reload, or a user, never touched by one) apart
  // from where it came from (curated, imported, reviewed, auto, kept through export and import);
  // every merge kept with the record it absorbed, so it can be listed and undone; sources keep
  // their order (rowid) and say which merge added them.
  `
  CREATE TABLE events_v2 (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    actor TEXT NOT NULL,
    target TEXT,
    date TEXT NOT NULL,
    date_first INTEGER NOT NULL,
    date_last INTEGER NOT NULL,
    known_day INTEGER NOT NULL,
    layer TEXT NOT NULL CHECK (layer IN ('pack', 'user')),
    origin TEXT NOT NULL CHECK (origin IN ('curated', 'imported', 'reviewed', 'auto')),
    origin_reviewer TEXT,
    origin_at TEXT,
    record TEXT NOT NULL
  );
  INSERT INTO events_v2
    SELECT id, type, actor, target, date, date_first, date_last, known_day,
      CASE origin WHEN 'pack' THEN 'pack' ELSE 'user' END,
      CASE origin WHEN 'pack' THEN 'curated' WHEN 'import' THEN 'imported' WHEN 'review' THEN 'reviewed' ELSE 'auto' END,
      CASE origin WHEN 'review' THEN (SELECT reviewer FROM reviews r WHERE r.event_id = events.id ORDER BY seq LIMIT 1) END,
      CASE origin WHEN 'review' THEN (SELECT at FROM reviews r WHERE r.event_id = events.id ORDER BY seq LIMIT 1) END,
      record
    FROM events;
  DROP TABLE events;
  ALTER TABLE events_v2 RENAME TO events;
  CREATE INDEX events_known ON events (known_day);
  CREATE INDEX events_date ON events (date_first, id);
  CREATE INDEX events_actor ON events (actor);
  CREATE INDEX events_target ON events (target);
  CREATE INDEX events_pack ON events (id) WHERE layer = 'pack';
  CREATE INDEX events_act ON events (type, actor, target, date_first);
  CREATE INDEX events_act_wide ON events (type, actor, target, date_first, date_last) WHERE date_last > date_first;
  ALTER TABLE event_sources ADD COLUMN merge_seq INTEGER;
  CREATE INDEX event_sources_merge ON event_sources (merge_seq) WHERE merge_seq IS NOT NULL;
  CREATE TABLE merges (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    into_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    record TEXT NOT NULL,
    at TEXT NOT NULL,
    undone_at TEXT,
    undone_as TEXT
  );
  CREATE INDEX merges_into ON merges (into_id);
  CREATE INDEX event_articles_article ON event_articles (article_id);
  `,
  // Full-text search (search-index.ts): number 4 once issue 12's migration (feeds, proposals, audit log) is before it.
  SEARCH_MIGRATION,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** True when the file's schema is older than this bloc's, so opening it must write. */
export function needsMigration(db: Database.Database): boolean {
  return (db.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length;
}

/**
 * Applies every migration above the file's user_version, each in its own immediate transaction;
 * a file already current is not written at all, so opening a store never blocks its readers.
 */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      // Checked again inside the lock: another process may have migrated meanwhile.
      if ((db.pragma('user_version', { simple: true }) as number) > v) return;
      if (v === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
