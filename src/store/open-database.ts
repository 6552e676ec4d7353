import Database from 'better-sqlite3';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { StoreError } from './errors.js';
import { APPLICATION_ID, migrate, needsMigration, SCHEMA_VERSION } from './migrations.js';
import { storeErrorOf } from './sqlite-errors.js';

/** How long one statement waits for another process's write lock before SQLite gives up (ms). */
export const BUSY_TIMEOUT_MS = 5000;

/** Page cache per connection (KiB). */
const CACHE_KIB = 96 * 1024;

export interface OpenOptions {
  /** Read every page once (PRAGMA quick_check) and refuse a damaged file: for long-running servers. */
  readonly check?: boolean | undefined;
  /** How long a statement waits for another process's write lock (ms; default BUSY_TIMEOUT_MS). */
  readonly busyTimeoutMs?: number | undefined;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function tryOpen(path: string, readonly: boolean, timeout: number): Database.Database {
  try {
    return new Database(path, { readonly, fileMustExist: readonly, timeout });
  } catch (err) {
    throw storeErrorOf(err, path) ?? new StoreError(`${path} is not a bloc database (${(err as Error).message})`);
  }
}

/**
 * A store this process may only read. SQLite needs a shared-memory file beside a WAL-mode store
 * even to read it, and cannot create one in a read-only folder: then bloc reads a private copy
 * of the file (removed at exit), which is what the store held when it was opened.
 */
function openReadonly(path: string, timeout: number): Database.Database {
  const db = tryOpen(path, true, timeout);
  try {
    db.pragma('application_id', { simple: true });
    return db;
  } catch (err) {
    db.close();
    const code = String((err as { code?: unknown }).code ?? '');
    if (code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_CANTOPEN') throw storeErrorOf(err, path) ?? err;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bloc-readonly-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const copy = join(dir, basename(path));
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  return tryOpen(copy, true, timeout);
}

// Refuses another program's SQLite file and a newer bloc's, each with a one-line reason.
function checkIdentity(db: Database.Database, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  if (appId !== APPLICATION_ID && (tables > 0 || version > 0))
    throw new StoreError(`${path} is not a bloc database (it is some other SQLite file)`);
  if (version > SCHEMA_VERSION)
    throw new StoreError(`${path} was written by a newer bloc (schema ${version}; this bloc reads up to ${SCHEMA_VERSION}): upgrade bloc`);
}

/**
 * Opens a bloc database, or creates one. Opening a current store writes nothing (readers never
 * wait on it); a store that needs migrating is migrated under an immediate transaction. A file
 * this process may not write is opened read-only: it can be read, and a write says why not.
 */
export function openDatabase(path: string, options: OpenOptions = {}): { db: Database.Database; readonly: boolean } {
  const memory = path === ':memory:';
  if (!memory) {
    if (existsSync(path) && statSync(path).isDirectory()) throw new StoreError(`${path} is a directory, not a bloc database`);
    if (!existsSync(path)) {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (err) {
        throw new StoreError(`${path}: cannot create the store (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      }
    }
  }
  const readonly = !memory && existsSync(path) && !writable(path);
  const timeout = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  const db = readonly ? openReadonly(path, timeout) : tryOpen(path, readonly, timeout);
  // Per connection, nothing written: a larger page cache keeps big imports off the disk, and in WAL
  // mode NORMAL sync loses no committed data on a crash of bloc (only, at worst, on power loss).
  try {
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma('synchronous = NORMAL');
    checkIdentity(db, path);
    if (options.check) {
      const result = String(db.pragma('quick_check(1)', { simple: true }));
      if (result !== 'ok') {
        const first = result.split('\n').find((l) => l.trim() && !l.startsWith('***')) ?? result;
        throw new StoreError(`${path} is damaged (${first.trim()}): restore it from a backup (see docs/store.md)`);
      }
    }
    if (readonly) {
      if (needsMigration(db))
        throw new StoreError(`${path} is read-only and needs upgrading to schema ${SCHEMA_VERSION}: make it writable once`);
      return { db, readonly };
    }
    // Readers never wait for a writer in WAL mode; switching is needed once per file, not per open.
    if (!memory && String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') db.pragma('journal_mode = WAL');
    if (needsMigration(db)) migrate(db);
    return { db, readonly };
  } catch (err) {
    db.close();
    throw storeErrorOf(err, path) ?? err;
  }
}
