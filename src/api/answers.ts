import { createHash } from 'node:crypto';
import { JSON_TYPE, SECURITY_HEADERS } from './headers.js';

const ANSWER = Symbol('answer');

/** A JSON answer ready to send: its UTF-8 bytes and every header, built once when computed. `T` is what it holds. */
export interface Answer<T = unknown> {
  readonly [ANSWER]: true;
  /** Never set: ties the answer to the type of the value it was made from. */
  readonly value?: T;
  readonly body: Uint8Array;
  readonly etag: string;
  /** Plain object, so @hono/node-server hands it to writeHead as it is (a Headers object is copied per request). */
  readonly headers: Readonly<Record<string, string>>;
  /** The headers of a 304 for the same answer. */
  readonly notModified: Readonly<Record<string, string>>;
}

/** True for a ready answer, as against a plain value still to be sent as JSON. */
export function isAnswer(x: unknown): x is Answer {
  return typeof x === 'object' && x !== null && ANSWER in x;
}

export function answerOf<T>(value: T): Answer<T> {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return {
    [ANSWER]: true,
    body,
    etag,
    headers: Object.freeze({ ...SECURITY_HEADERS, 'content-type': JSON_TYPE, 'content-length': String(body.byteLength), etag }),
    notModified: Object.freeze({ ...SECURITY_HEADERS, etag }),
  };
}

/** What a cache miss does: validate the request (throwing a 4xx if bad), then name it and say how to answer it. */
export interface Parsed<R = unknown> {
  /** The request normalised (parsed, defaults filled in): requests that mean the same share one answer. */
  readonly key: string;
  readonly compute: () => R;
}

interface Entry {
  readonly version: string;
  readonly at: number;
  readonly answer: Answer;
}

/**
 * Answers per store state, in two levels: the request as sent (URL, or body text) → its normalised key → the answer.
 * A repeated request is one map lookup, with no parsing: the same text was validated when first seen.
 * Both maps are bounded (oldest dropped first) and entries older than `ttlMs` are recomputed.
 */
export class AnswerCache {
  private readonly aliases = new Map<string, string>();
  private readonly answers = new Map<string, Entry>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  clear(): void {
    this.aliases.clear();
    this.answers.clear();
  }

  /** The fresh answer for `raw`, if this exact request was answered in this store state. */
  hit(raw: string | undefined, version: string): Answer | undefined {
    const key = raw === undefined ? undefined : this.aliases.get(raw);
    return key === undefined ? undefined : this.fresh(key, version)?.answer;
  }

  /** The fresh answer under a normalised key (another spelling of the request may have computed it). */
  fresh(key: string, version: string): Entry | undefined {
    const e = this.answers.get(key);
    return e && e.version === version && Date.now() - e.at < this.ttlMs ? e : undefined;
  }

  store<T>(raw: string | undefined, key: string, version: string, answer: Answer<T>): Answer<T> {
    bounded(this.answers, this.maxEntries).set(key, { version, at: Date.now(), answer });
    this.alias(raw, key);
    return answer;
  }

  /** Remembers that the request sent as `raw` means `key` (undefined: too large to remember as sent). */
  alias(raw: string | undefined, key: string): void {
    if (raw !== undefined) bounded(this.aliases, this.maxEntries).set(raw, key);
  }
}

function bounded<K, V>(m: Map<K, V>, max: number): Map<K, V> {
  if (m.size >= max) m.delete(m.keys().next().value!);
  return m;
}
