import { allianceOf, today as todayOf, type Alliance, type AllianceSnapshot } from '../domain/index.js';
import { DEFAULT_PACK_DIR, readManifest, resolvePackDir } from '../data/index.js';
import { openStore, StoreError, type Store } from '../store/index.js';

/** What a command or the server opens: a store, a pack (default: `$BLOC_PACK`, else the CSTO) and a clock. */
export interface WorkspaceOptions {
  /** --db: the SQLite file, else `$BLOC_DB`, else the default place for the pack. */
  readonly db?: string | undefined;
  /** --pack: the alliance pack directory. */
  readonly pack?: string | undefined;
  readonly now?: (() => Date) | undefined;
  /** Read every page of the store at open and refuse a damaged file (a server checks once at start). */
  readonly check?: boolean | undefined;
  /** How long a statement waits for another process's write lock, in ms (tests shorten it). */
  readonly busyTimeoutMs?: number | undefined;
}

// How long the store version (event count, our check for writes by other processes, and today) is
// trusted: one count query a second, not one per request.
const VERSION_MS = 1000;

/**
 * The one composition of bloc's layers, shared by the CLI and the API: it opens the store, loads the
 * alliance from its pack once, and keeps whatever is computed from one store state (the indicator
 * engine, the model's fitted cases, the simulator's history, the coder) until that state changes.
 */
export class Workspace {
  readonly store: Store;
  readonly alliance: Alliance;
  readonly now: () => Date;
  private writes = 0;
  private current: { version: string; at: number } | undefined;
  private memoVersion = '';
  private readonly memos = new Map<string, unknown>();

  constructor(options: WorkspaceOptions = {}) {
    const packDir = resolvePackDir(options.pack);
    this.now = options.now ?? (() => new Date());
    this.store = openStore({
      path: options.db,
      pack: packDir,
      otherPack: packDir === DEFAULT_PACK_DIR ? undefined : readManifest(packDir).name,
      check: options.check,
      busyTimeoutMs: options.busyTimeoutMs,
    });
    const manifest = this.store.manifest();
    if (!manifest) {
      this.store.close();
      throw new StoreError(`the store ${this.store.path} holds no pack: open it with --pack`);
    }
    this.alliance = allianceOf(manifest, this.store.treaty(), packDir);
  }

  /** Today as this process sees it (YYYY-MM-DD). */
  today(): string {
    return todayOf(this.now);
  }

  /** The days the data covers: the first treaty signature to the curation day, never past today. */
  span(): { first: string; last: string } {
    return this.store.span(this.today());
  }

  /** Changes whenever the chronicle or the day changes, so nothing computed outlives its inputs. */
  version(): string {
    const t = Date.now();
    if (!this.current || t - this.current.at > VERSION_MS) {
      this.current = { version: `${this.writes}:${this.store.countEvents()}:${this.today()}`, at: t };
    }
    return this.current.version;
  }

  /** Call after every write made through this workspace: every memo is dropped. */
  wrote(): void {
    this.writes++;
    this.current = undefined;
    this.memos.clear();
  }

  /** Computes once per store state (and key). */
  memo<T>(key: string, compute: () => T): T {
    const version = this.version();
    if (version !== this.memoVersion) {
      this.memos.clear();
      this.memoVersion = version;
    }
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /** The alliance and the whole chronicle as the store holds them now. */
  snapshot(): AllianceSnapshot {
    return this.memo('snapshot', () => ({
      alliance: this.alliance,
      members: this.store.members(),
      treaty: this.store.treaty(),
      summits: this.store.summits(),
      events: this.store.events(),
    }));
  }

  close(): void {
    this.store.close();
  }
}

/** Opens a workspace, runs the work and always closes it. */
export async function withWorkspace<T>(options: WorkspaceOptions, work: (ws: Workspace) => T | Promise<T>): Promise<T> {
  const ws = new Workspace(options);
  try {
    return await work(ws);
  } finally {
    ws.close();
  }
}
