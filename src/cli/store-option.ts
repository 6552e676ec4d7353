import { Option } from 'commander';
import { openStore, resolveDbPath, storeErrorOf, type Store } from '../store/index.js';

/** --db, shared by every command that reads or writes the store. */
export function dbOption(): Option {
  return new Option('--db <file>', 'SQLite store (default: $BLOC_DB, else ~/.local/share/bloc/bloc.db)');
}

/** Opens the store, runs the work and always closes it. */
export async function withStore<T>(db: string | undefined, work: (store: Store) => T | Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = openStore({ path: db });
  } catch (err) {
    throw storeErrorOf(err, resolveDbPath(db)) ?? err;
  }
  try {
    return await work(store);
  } catch (err) {
    // A damaged page, a full disk or a lock found mid-command: one line, never a SQLite trace.
    throw storeErrorOf(err, store.path) ?? err;
  } finally {
    store.close();
  }
}
