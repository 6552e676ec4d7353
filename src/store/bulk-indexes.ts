import type Database from 'better-sqlite3';
import { deferSearchIndex } from './search-index.js';

/** Indexes that serve reads only: a big import drops them (and defers the full-text index) and builds each once at the end. */
const READ_INDEXES = ['events_known', 'events_date', 'events_actor', 'events_target'];

/** A way to put the dropped indexes back, inside the same transaction. */
export interface DeferredIndexes {
  restore(): void;
}

/**
 * Drops the read-only indexes inside the caller's transaction, so each insert of a large import
 * updates two B-trees instead of six; building an index once from sorted rows is far cheaper than
 * a million random updates. Readers in other processes keep their snapshot (indexes included)
 * until the import commits with the indexes rebuilt; a rolled-back import never dropped them.
 */
export function deferReadIndexes(db: Database.Database): DeferredIndexes {
  const rows = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(READ_INDEXES)) as { name: string; sql: string }[];
  for (const r of rows) db.exec(`DROP INDEX ${r.name}`);
  const search = deferSearchIndex(db);
  return {
    restore() {
      for (const r of rows) db.exec(r.sql);
      search.restore();
    },
  };
}
