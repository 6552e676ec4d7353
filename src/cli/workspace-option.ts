import { Option } from 'commander';
import { withWorkspace, type Workspace } from '../compose/index.js';
import { resolveDbPath, storeErrorOf } from '../store/index.js';

/** --db, shared by every command that reads or writes the store. */
export function dbOption(): Option {
  return new Option('--db <file>', 'SQLite store (default: $BLOC_DB, else ~/.local/share/bloc/bloc.db)');
}

/** --pack, shared by every command: the alliance pack to run on. */
export function packOption(): Option {
  return new Option('--pack <dir>', 'alliance data pack (default: $BLOC_PACK, else the built-in CSTO pack)');
}

/** The options every store-backed command takes. */
export interface StoreArgs {
  readonly db?: string | undefined;
  readonly pack?: string | undefined;
}

/** Opens the workspace (store and alliance) the options name, runs the work and always closes it. */
export async function withWs<T>(opts: StoreArgs, work: (ws: Workspace) => T | Promise<T>): Promise<T> {
  try {
    return await withWorkspace({ db: opts.db, pack: opts.pack }, work);
  } catch (err) {
    // A damaged page, a full disk or a lock found mid-command: one line, never a SQLite trace.
    throw storeErrorOf(err, resolveDbPath(opts.db)) ?? err;
  }
}
