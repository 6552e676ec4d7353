import type Database from 'better-sqlite3';

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
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Applies every migration above the file's user_version, each in its own transaction. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
