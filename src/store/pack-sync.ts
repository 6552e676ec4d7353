import type Database from 'better-sqlite3';
import { loadPack, packFingerprint } from '../data/index.js';
import type { ChronicleWriter } from './chronicle-writer.js';
import { StoreError } from './errors.js';
import { insertStatement, toRow } from './event-rows.js';

/** One value of the `meta` table. */
export function meta(db: Database.Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

function setMeta(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
}

/** True when the pack on disk differs from the one the store holds (so opening must write). */
export function packChanged(db: Database.Database, dir: string): boolean {
  return meta(db, 'pack_fingerprint') !== packFingerprint(dir);
}

/**
 * Reloads the pack's events and reference data, in one immediate transaction. Only the pack's
 * own rows are replaced: a user's event with a pack id wins, and a user's record merged into a
 * pack event that the new pack drops becomes its own event again (its merge is undone).
 */
export function syncPack(db: Database.Database, dir: string, writer: ChronicleWriter): void {
  const fingerprint = packFingerprint(dir);
  const pack = loadPack(dir);
  const held = meta(db, 'pack_name');
  // One store, one alliance: another pack's events must never mix into this chronicle.
  if (held !== undefined && held !== pack.manifest.name)
    throw new StoreError(`this store holds the ${held} pack, not ${pack.manifest.name}: choose another file with --db`);
  db.transaction(() => {
    if (meta(db, 'pack_fingerprint') === fingerprint) return;
    const now = new Date().toISOString();
    const kept = JSON.stringify(pack.events.map((e) => e.id));
    const orphaned = db
      .prepare(
        `SELECT m.seq FROM merges m JOIN events e ON e.id = m.into_id
         WHERE m.undone_at IS NULL AND e.layer = 'pack' AND e.id NOT IN (SELECT value FROM json_each(?)) ORDER BY m.seq`,
      )
      .all(kept) as { seq: number }[];
    for (const { seq } of orphaned) writer.undoMerge(seq, now);
    db.prepare("DELETE FROM event_sources WHERE merge_seq IS NULL AND event_id IN (SELECT id FROM events WHERE layer = 'pack')").run();
    db.prepare("DELETE FROM events WHERE layer = 'pack'").run();
    const insert = insertStatement(db);
    for (const e of pack.events) {
      if (insert.run(toRow(e, 'pack', { kind: 'curated' })).changes === 0) continue;
      if (e.sources) writer.addSources(e.id, e.sources, null, now);
    }
    const ref = db.prepare('INSERT OR REPLACE INTO reference (kind, data) VALUES (?, ?)');
    ref.run('manifest', JSON.stringify(pack.manifest));
    ref.run('members', JSON.stringify(pack.members));
    ref.run('leaders', JSON.stringify(pack.leaders));
    ref.run('council_seats', JSON.stringify(pack.councilSeats));
    ref.run('treaty', JSON.stringify(pack.treaty));
    ref.run('organs', JSON.stringify(pack.organs));
    ref.run('summits', JSON.stringify(pack.summits));
    setMeta(db, 'pack_fingerprint', fingerprint);
    setMeta(db, 'pack_version', pack.manifest.version);
    setMeta(db, 'pack_name', pack.manifest.name);
  }).immediate();
}

/** One kind of reference data (members, treaty, ...) as the last pack sync stored it, or `fallback`. */
export function readReference<T>(db: Database.Database, kind: string, fallback: T): T {
  const row = db.prepare('SELECT data FROM reference WHERE kind = ?').get(kind) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as T) : fallback;
}
