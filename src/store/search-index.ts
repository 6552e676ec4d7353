import type Database from 'better-sqlite3';

/**
 * Full-text search over events (SQLite FTS5). One FTS row per event, keyed by the event's rowid,
 * holding three columns: the summary (with the names of the thing it is about), the evidence (the
 * record's own, each coding article's sentence, and every record merged into it and not undone)
 * and the source text (the titles and, where kept, the texts of the articles it was coded from).
 * Triggers keep it in step with every write path (insert, merge, undo, retraction, import, pack
 * reload), so no caller has to remember it.
 */

// What one event's FTS row holds, computed from the tables; triggers select from it by rowid or id.
const SEARCH_TEXT_VIEW = `
  CREATE VIEW event_search_text AS
  SELECT e.rowid AS rowid, e.id AS event_id,
    concat_ws(' ', json_extract(e.record, '$.summary'), json_extract(e.record, '$.details.name'),
      json_extract(e.record, '$.details.resolution'), json_extract(e.record, '$.details.meeting'),
      json_extract(e.record, '$.details.document')) AS summary,
    concat_ws(' ', json_extract(e.record, '$.evidence'),
      (SELECT group_concat(ea.evidence, ' ') FROM event_articles ea WHERE ea.event_id = e.id),
      (SELECT group_concat(concat_ws(' ', json_extract(m.record, '$.summary'), json_extract(m.record, '$.evidence')), ' ')
         FROM merges m WHERE m.into_id = e.id AND m.undone_at IS NULL)) AS evidence,
    (SELECT group_concat(concat_ws(' ', a.title, t.text), ' ')
       FROM event_articles ea JOIN articles a ON a.id = ea.article_id LEFT JOIN article_texts t ON t.article_id = ea.article_id
       WHERE ea.event_id = e.id) AS source
  FROM events e;
`;

const COLUMNS = 'rowid, event_id, summary, evidence, source';

/** SQL that rebuilds the FTS rows of the events whose ids `ids` (a SQL expression) selects. */
const refresh = (ids: string): string => `
    DELETE FROM events_fts WHERE rowid IN (SELECT rowid FROM events WHERE id IN (${ids}));
    INSERT INTO events_fts (${COLUMNS}) SELECT ${COLUMNS} FROM event_search_text WHERE event_id IN (${ids});`;

/**
 * Migration 4. It creates `article_texts` when migration 3 (issue 12, with the same definition)
 * has not, so it applies on a store with or without it.
 */
export const SEARCH_MIGRATION = `
  CREATE TABLE IF NOT EXISTS article_texts (article_id TEXT PRIMARY KEY, text TEXT NOT NULL, feed TEXT);
  CREATE VIRTUAL TABLE events_fts USING fts5(
    event_id UNINDEXED, summary, evidence, source, tokenize = 'porter unicode61 remove_diacritics 2'
  );
  ${SEARCH_TEXT_VIEW}
  CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (${COLUMNS}) SELECT ${COLUMNS} FROM event_search_text WHERE rowid = new.rowid;
  END;
  CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.rowid;
  END;
  CREATE TRIGGER events_fts_update AFTER UPDATE ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.rowid;
    INSERT INTO events_fts (${COLUMNS}) SELECT ${COLUMNS} FROM event_search_text WHERE rowid = new.rowid;
  END;
  CREATE TRIGGER event_articles_fts_insert AFTER INSERT ON event_articles BEGIN ${refresh('new.event_id')} END;
  CREATE TRIGGER event_articles_fts_delete AFTER DELETE ON event_articles BEGIN ${refresh('old.event_id')} END;
  CREATE TRIGGER event_articles_fts_update AFTER UPDATE ON event_articles BEGIN ${refresh('old.event_id, new.event_id')} END;
  CREATE TRIGGER merges_fts_insert AFTER INSERT ON merges BEGIN ${refresh('new.into_id')} END;
  CREATE TRIGGER merges_fts_update AFTER UPDATE ON merges BEGIN ${refresh('old.into_id, new.into_id')} END;
  CREATE TRIGGER article_texts_fts_insert AFTER INSERT ON article_texts BEGIN
    ${refresh('SELECT event_id FROM event_articles WHERE article_id = new.article_id')}
  END;
  CREATE TRIGGER article_texts_fts_update AFTER UPDATE ON article_texts BEGIN
    ${refresh('SELECT event_id FROM event_articles WHERE article_id IN (old.article_id, new.article_id)')}
  END;
  CREATE TRIGGER article_texts_fts_delete AFTER DELETE ON article_texts BEGIN
    ${refresh('SELECT event_id FROM event_articles WHERE article_id = old.article_id')}
  END;
  INSERT INTO events_fts (${COLUMNS}) SELECT ${COLUMNS} FROM event_search_text;
`;

// Bounds on what one query may ask of the index: a search box, not a query language.
const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 100;

/**
 * Turns what a person typed into an FTS5 query that cannot be read as FTS syntax: each word
 * becomes a quoted phrase (inner quotes doubled), all of them required; a trailing `*` keeps a
 * prefix search. Returns undefined when nothing searchable is left (only punctuation).
 */
export function ftsQuery(text: string): string | undefined {
  const terms = text
    .split(/\s+/u)
    .map((word) => {
      const prefix = word.endsWith('*');
      const bare = word.replace(/\*+$/u, '').slice(0, MAX_TERM_LENGTH);
      if (!/[\p{L}\p{N}]/u.test(bare)) return undefined;
      return `"${bare.replaceAll('"', '""')}"${prefix ? '*' : ''}`;
    })
    .filter((t): t is string => t !== undefined)
    .slice(0, MAX_TERMS);
  return terms.length > 0 ? terms.join(' ') : undefined;
}

/**
 * For a big import: drops the triggers that index each new event as it is inserted, inside the
 * caller's transaction, and puts them back with every event still unindexed indexed in one
 * statement (measured by `npm run bench:store`: per-row indexing halved the import rate). Rows
 * refreshed meanwhile by a merge or an article link are already current and are left alone.
 */
export function deferSearchIndex(db: Database.Database): { restore(): void } {
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events' AND name LIKE 'events_fts_%'`)
    .all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  return {
    restore() {
      for (const t of triggers) db.exec(t.sql);
      if (triggers.length > 0)
        db.exec(
          `INSERT INTO events_fts (${COLUMNS}) SELECT ${COLUMNS} FROM event_search_text WHERE rowid NOT IN (SELECT rowid FROM events_fts)`,
        );
    },
  };
}
