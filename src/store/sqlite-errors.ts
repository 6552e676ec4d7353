import { StoreError } from './errors.js';

/**
 * The one-line StoreError for a SQLite failure a user can act on (damaged file, locked store,
 * read-only file, full disk), or undefined for anything else, which is a bug to show as it is.
 */
export function storeErrorOf(err: unknown, path: string): StoreError | undefined {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const why = (err as Error).message;
  if (code === 'SQLITE_NOTADB') return new StoreError(`${path} is not a bloc database (${why})`);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError(`${path} is damaged (${why}): restore it from a backup (see docs/store.md)`);
  if (code.startsWith('SQLITE_READONLY')) return new StoreError(`${path} is read-only: it can be read, not written (${why})`);
  if (code.startsWith('SQLITE_FULL')) return new StoreError(`${path}: the disk is full; nothing was written`);
  if (code.startsWith('SQLITE_CANTOPEN')) return new StoreError(`${path}: cannot open the store (${why})`);
  if (code.startsWith('SQLITE_IOERR')) return new StoreError(`${path}: input/output error (${why})`);
  return undefined;
}
