import { isAllianceActor, type Article, type CodedEvent } from '../domain/index.js';
import { unknownActorHint } from '../data/index.js';
import type { Workspace } from '../compose/index.js';
import type { Watcher } from '../watch/index.js';
import { AnswerCache, answerOf, type Answer, type Parsed } from './answers.js';
import { ApiError } from './errors.js';

const MAX_ENTRIES = 2000;
// A CLI import in another process changes the store without telling us; bound how stale we get.
const TTL_MS = 30_000;

/** Codes one article: the workspace's coder, or a stand-in a test gives. */
export type Extract = (article: Article) => readonly CodedEvent[];

/** What every route shares: the workspace (store, alliance, memoised engines) and the answer cache. */
export class ApiState {
  private readonly cache = new AnswerCache(MAX_ENTRIES, TTL_MS);

  constructor(
    readonly workspace: Workspace,
    readonly extract: Extract,
    /** The feed watcher, when the server follows feeds (`bloc serve --watch`). */
    readonly watcher?: Watcher | undefined,
  ) {}

  get store() {
    return this.workspace.store;
  }

  get alliance() {
    return this.workspace.alliance;
  }

  /**
   * Refuses (400) an actor code that is neither a state nor one of the pack's organisations; the
   * schemas check only the form, since which organisations exist is the pack's to say.
   */
  checkActors(where: string, fields: Readonly<Record<string, string | null | undefined>>): void {
    const issues = Object.entries(fields)
      .filter(([, code]) => code !== null && code !== undefined && !isAllianceActor(this.alliance, code))
      .map(([path, code]) => ({ path, message: `unknown actor code ${JSON.stringify(code)}: ${unknownActorHint(this.alliance)}` }));
    if (issues.length) throw new ApiError(400, `invalid ${where}`, issues);
  }

  /** Today as the server sees it (YYYY-MM-DD). */
  today(): string {
    return this.workspace.today();
  }

  now(): Date {
    return this.workspace.now();
  }

  /** Changes whenever the chronicle or the day changes, so cached figures never outlive their inputs. */
  version(): string {
    return this.workspace.version();
  }

  /** Call after every write through the API. */
  wrote(): void {
    this.workspace.wrote();
    this.cache.clear();
  }

  /**
   * The answer to a request, computed once per store state and normalised request. `raw` is the request
   * as sent (path and query, or body text): a repeat is one lookup with no parsing, since the same text
   * was validated when first seen. On a miss `parse()` validates (throwing a 4xx, caching nothing).
   */
  answer<T>(raw: string | undefined, parse: () => Parsed<T>): Answer<T> {
    const found = this.lookup(raw, parse);
    // A request as sent, or its normalised key, names one route: its cached answer holds that route's T.
    if ('answer' in found) return found.answer as Answer<T>;
    const { version, parsed } = found;
    return this.cache.store(raw, parsed.key, version, answerOf(parsed.compute()));
  }

  /** As `answer`, for work that yields to the event loop while it runs (the simulator). */
  async answerAsync<T>(raw: string | undefined, parse: () => Parsed<Promise<T>>): Promise<Answer<T>> {
    const found = this.lookup(raw, parse);
    if ('answer' in found) return found.answer as Answer<T>;
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
}
