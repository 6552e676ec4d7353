import { today } from '../domain/index.js';
import type { Store } from '../store/index.js';
import type { AdapterContext, Adapters } from './adapters/index.js';
import { AnswerCache, answerOf, type Answer, type Parsed } from './answers.js';

const MAX_ENTRIES = 2000;
// A CLI import in another process changes the store without telling us; bound how stale we get.
const TTL_MS = 30_000;
// How long the store version (event count, our check for writes by other processes, and today) is
// trusted: one count query a second, not one per request.
const VERSION_MS = 1000;

/** What every route shares: the store, the clock, the adapters and caches that live as long as one store state. */
export class ApiState {
  private writes = 0;
  private current: { version: string; at: number } | undefined;
  private readonly cache = new AnswerCache(MAX_ENTRIES, TTL_MS);
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
    if (!this.current || t - this.current.at > VERSION_MS) {
      this.current = { version: `${this.writes}:${this.store.countEvents()}:${this.today()}`, at: t };
    }
    return this.current.version;
  }

  /** Call after every write through the API. */
  wrote(): void {
    this.writes++;
    this.current = undefined;
    this.cache.clear();
    this.memos.clear();
  }

  /**
   * The answer to a request, computed once per store state and normalised request. `raw` is the request
   * as sent (path and query, or body text): a repeat is one lookup with no parsing, since the same text
   * was validated when first seen. On a miss `parse()` validates (throwing a 4xx, caching nothing).
   */
  answer(raw: string | undefined, parse: () => Parsed): Answer {
    const found = this.lookup(raw, parse);
    if ('answer' in found) return found.answer;
    const { version, parsed } = found;
    return this.cache.store(raw, parsed.key, version, answerOf(parsed.compute()));
  }

  /** As `answer`, for work that yields to the event loop while it runs (the simulator). */
  async answerAsync(raw: string | undefined, parse: () => Parsed<Promise<unknown>>): Promise<Answer> {
    const found = this.lookup(raw, parse);
    if ('answer' in found) return found.answer;
    const { version, parsed } = found;
    const value = await parsed.compute();
    // A write while we computed would make this answer stale: only keep it if the state is unchanged.
    const answer = answerOf(value);
    return this.version() === version ? this.cache.store(raw, parsed.key, version, answer) : answer;
  }

  // The cached answer under the request as sent, else under its normalised key; on a miss, the
  // parsed request and the store version it must be computed for.
  private lookup<R>(raw: string | undefined, parse: () => Parsed<R>): { answer: Answer } | { version: string; parsed: Parsed<R> } {
    const version = this.version();
    const hit = this.cache.hit(raw, version);
    if (hit) return { answer: hit };
    const parsed = parse();
    const known = this.cache.fresh(parsed.key, version);
    if (known) {
      this.cache.alias(raw, parsed.key);
      return { answer: known.answer };
    }
    return { version, parsed };
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
