import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from './errors.js';
import { APPLICATION_ID, migrate, SCHEMA_VERSION } from './migrations.js';

/**
 * Opens a bloc database, or creates one: refuses a file that is not SQLite, another program's
 * SQLite file, or one written by a newer bloc, each with a one-line reason; then migrates it.
 */
export function openDatabase(path: string): Database.Database {
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
      throw new StoreError(
        `${path} was written by a newer bloc (schema ${version}; this bloc reads up to ${SCHEMA_VERSION}): upgrade bloc`,
      );
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
