import type Database from 'better-sqlite3';
import { loadPack, packFingerprint } from '../data/index.js';
import { StoreError } from './errors.js';
import { insertStatement, toRow } from './event-rows.js';

function meta(db: Database.Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

function setMeta(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
}

/** Reloads the pack's events and reference data when the pack on disk differs from the one stored. */
export function syncPack(db: Database.Database, dir: string): void {
  const fingerprint = packFingerprint(dir);
  if (meta(db, 'pack_fingerprint') === fingerprint) return;
  const pack = loadPack(dir);
  const held = meta(db, 'pack_name');
  // One store, one alliance: another pack's events must never mix into this chronicle.
  if (held !== undefined && held !== pack.manifest.name)
    throw new StoreError(`this store holds the ${held} pack, not ${pack.manifest.name}: choose another file with --db`);
  db.transaction(() => {
    db.prepare("DELETE FROM events WHERE origin = 'pack'").run();
    const insert = insertStatement(db);
    for (const e of pack.events) insert.run(toRow(e, 'pack'));
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
  })();
}

/** One kind of reference data (members, treaty, ...) as the last pack sync stored it, or `fallback`. */
export function readReference<T>(db: Database.Database, kind: string, fallback: T): T {
  const row = db.prepare('SELECT data FROM reference WHERE kind = ?').get(kind) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as T) : fallback;
}
