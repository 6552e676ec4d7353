import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the store lives when neither --db nor BLOC_DB says: $XDG_DATA_HOME/bloc/bloc.db,
 * else ~/.local/share/bloc/bloc.db, the place Linux desktop tools keep user data. A pack other
 * than the default one gets a file of its own (`bloc-<pack>.db`), so two alliances never share a store.
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, otherPack?: string): string {
  const base = env['XDG_DATA_HOME'] || join(homedir(), '.local', 'share');
  return join(base, 'bloc', otherPack ? `bloc-${otherPack}.db` : 'bloc.db');
}

/** The database path: explicit option first, then BLOC_DB, then the default place. */
export function resolveDbPath(explicit?: string, env: NodeJS.ProcessEnv = process.env, otherPack?: string): string {
  return explicit || env['BLOC_DB'] || defaultDbPath(env, otherPack);
}
