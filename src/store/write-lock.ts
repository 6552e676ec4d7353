import type Database from 'better-sqlite3';
import { StoreBusyError } from './errors.js';

/** How many times a write that found the store locked (after the busy timeout) is tried again. */
export const WRITE_RETRIES = 3;

/** The long write this process announced, so others waiting on the lock can say what they wait for. */
interface Writer {
  readonly pid: number;
  readonly work: string;
  readonly since: string;
}

const isBusy = (err: unknown): boolean => /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown } | null)?.code ?? ''));

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The one line a writer that gave up waiting prints: it names the other process's work when announced. */
export function busyMessage(db: Database.Database, path: string): string {
  let writer: Writer | undefined;
  try {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'writer'").get() as { value: string } | undefined;
    writer = row ? (JSON.parse(row.value) as Writer) : undefined;
  } catch {
    writer = undefined;
  }
  if (writer && writer.pid !== process.pid && alive(writer.pid))
    return `${path} is busy: ${writer.work} (pid ${writer.pid}) has been writing since ${writer.since}; try again when it finishes`;
  return `${path} is busy: another process holds its write lock; try again in a moment`;
}

/**
 * Runs a write. SQLite already waits up to the busy timeout for the lock; when it still finds the
 * store locked, the write is tried again a few times with a growing pause, then fails with one
 * line that says which work holds the lock. `work` runs whole each time (it is one transaction).
 */
export function withRetry<T>(db: Database.Database, path: string, work: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return work();
    } catch (err) {
      if (!isBusy(err) || db.inTransaction) throw err;
      if (attempt >= WRITE_RETRIES) throw new StoreBusyError(busyMessage(db, path));
      pause(100 * 2 ** attempt);
    }
  }
}

/**
 * Announces a long write (an import) in the `meta` table for as long as `work` runs, so a process
 * that waits too long for the lock can name it; a killed writer's row is recognised by its pid.
 */
export async function announced<T>(db: Database.Database, path: string, what: string, work: () => Promise<T>): Promise<T> {
  const writer: Writer = { pid: process.pid, work: what, since: new Date().toISOString() };
  withRetry(db, path, () => db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('writer', ?)").run(JSON.stringify(writer)));
  try {
    return await work();
  } finally {
    withRetry(db, path, () => db.prepare("DELETE FROM meta WHERE key = 'writer' AND value = ?").run(JSON.stringify(writer)));
  }
}
