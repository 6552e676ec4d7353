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
  // 3: issue 12 (a living chronicle): coded events wait as proposals until a person decides; the
  // article text is kept so the evidence can be shown in it; an append-only audit log of decisions
  // (triggers refuse UPDATE and DELETE); events taken out by a retraction, kept whole; and each
  // followed feed's state (conditional-request validators, back-off) and the items already seen.
  `
  CREATE TABLE article_texts (article_id TEXT PRIMARY KEY, text TEXT NOT NULL, feed TEXT);
  CREATE INDEX articles_sha ON articles (sha256);
  CREATE TABLE proposals (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected', 'retracted')),
    type TEXT NOT NULL,
    actor TEXT NOT NULL,
    coded TEXT NOT NULL,
    summary TEXT NOT NULL,
    lead_id TEXT,
    created_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    reason TEXT,
    auto INTEGER NOT NULL DEFAULT 0,
    accepted TEXT,
    event_id TEXT,
    merged INTEGER NOT NULL DEFAULT 0,
    added_sources TEXT
  );
  CREATE INDEX proposals_status ON proposals (status, created_at);
  CREATE INDEX proposals_event ON proposals (event_id);
  CREATE INDEX proposals_lead ON proposals (lead_id);
  CREATE INDEX proposals_act ON proposals (type, actor) WHERE status = 'pending' AND lead_id IS NULL;
  CREATE INDEX reviews_event ON reviews (event_id);
  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('accepted', 'rejected', 'retracted')),
    proposal_id TEXT,
    event_id TEXT,
    reason TEXT,
    detail TEXT NOT NULL
  );
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TABLE retracted_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    proposal_id TEXT NOT NULL,
    row TEXT NOT NULL,
    sources TEXT NOT NULL,
    links TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    state TEXT NOT NULL DEFAULT 'never' CHECK (state IN ('never', 'ok', 'not_modified', 'error')),
    last_polled_at TEXT,
    last_ok_at TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_poll_at TEXT,
    etag TEXT,
    last_modified TEXT,
    items INTEGER NOT NULL DEFAULT 0,
    proposals INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE feed_items (
    key TEXT PRIMARY KEY,
    feed TEXT NOT NULL,
    article_id TEXT,
    seen_at TEXT NOT NULL
  );
  `,
  // 4: full-text search over events (search-index.ts).
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
