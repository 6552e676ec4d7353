import { today } from '../domain/index.js';
import type { Store } from '../store/index.js';
import type { AdapterContext, Adapters } from './adapters/index.js';

const MAX_ENTRIES = 2000;
// A CLI import in another process changes the store without telling us; bound how stale we get.
const TTL_MS = 30_000;
// How long the event count (our check for writes by other processes) is trusted: one query a second, not one per request.
const COUNT_MS = 1000;

/** What every route shares: the store, the clock, the adapters and caches that live as long as one store state. */
export class ApiState {
  private writes = 0;
  private counted: { n: number; at: number } | undefined;
  private readonly cache = new Map<string, { version: string; body: Uint8Array; at: number }>();
  private memoVersion = '';
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly store: Store,
    readonly adapters: Adapters,
    readonly now: () => Date = () => new Date(),
  ) {}

  /** Today as the server sees it (YYYY-MM-DD). */
  today(): string {
    return today(this.now);
  }

  /** Changes whenever the chronicle or the day changes, so cached figures never outlive their inputs. */
  version(): string {
    const t = Date.now();
    if (!this.counted || t - this.counted.at > COUNT_MS) this.counted = { n: this.store.countEvents(), at: t };
    return `${this.writes}:${this.counted.n}:${this.today()}`;
  }

  /** Call after every write through the API. */
  wrote(): void {
    this.writes++;
    this.counted = undefined;
    this.cache.clear();
    this.memos.clear();
  }

  /**
   * The JSON text of `compute()`, computed once per store state and key. Keyed on the request URL,
   * a repeated request skips validation too: the same URL was validated when it was first computed.
   */
  json(key: string, compute: () => unknown): Uint8Array {
    const version = this.version();
    const hit = this.cache.get(key);
    const t = Date.now();
    if (hit && hit.version === version && t - hit.at < TTL_MS) return hit.body;
    return this.remember(key, version, JSON.stringify(compute()));
  }

  /** As `json`, for work that yields to the event loop while it runs (the simulator). */
  async jsonAsync(key: string, compute: () => Promise<unknown>): Promise<Uint8Array> {
    const version = this.version();
    const hit = this.cache.get(key);
    if (hit && hit.version === version && Date.now() - hit.at < TTL_MS) return hit.body;
    return this.remember(key, version, JSON.stringify(await compute()));
  }

  // Kept as UTF-8 bytes: a cache hit is written to the socket as it is, with no re-encoding.
  private remember(key: string, version: string, text: string): Uint8Array {
    const body = Buffer.from(text, 'utf8');
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { version, body, at: Date.now() });
    return body;
  }

  /** What adapters are called with: the store, today, and a memo cleared when the store state changes. */
  context(): AdapterContext {
    const version = this.version();
    if (version !== this.memoVersion) {
      this.memos.clear();
      this.memoVersion = version;
    }
    const memos = this.memos;
    return {
      store: this.store,
      today: this.today(),
      memo<T>(key: string, compute: () => T): T {
        if (memos.has(key)) return memos.get(key) as T;
        const value = compute();
        memos.set(key, value);
        return value;
      },
    };
  }
}
