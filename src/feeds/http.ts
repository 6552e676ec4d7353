import { decodeBody } from './charset.js';
import { FeedError } from './errors.js';
import type { HostLimiter } from './host-limiter.js';

/** How bloc fetches feeds and pages: politely, bounded in time and size. */
export interface FetchOptions {
  readonly limiter: HostLimiter;
  /** Largest body accepted, counted after decompression. */
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly userAgent: string;
}

/** Validators from the last successful poll, for a conditional request. */
export interface Validators {
  readonly etag?: string | null | undefined;
  readonly lastModified?: string | null | undefined;
}

export type Fetched =
  | { readonly notModified: true }
  | {
      readonly notModified: false;
      readonly text: string;
      readonly url: string;
      readonly contentType: string | null;
      readonly etag: string | undefined;
      readonly lastModified: string | undefined;
    };

const kb = (n: number): string => `${Math.round(n / 1024)} KB`;

// Reads the body, stopping (and failing) as soon as it passes the limit: a huge or endless body
// costs at most maxBytes of memory.
async function readLimited(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes && res.headers.get('content-encoding') === null) {
    await res.body?.cancel();
    throw new FeedError(`${url}: too large (${kb(declared)}; the limit is ${kb(maxBytes)})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body === null) return new Uint8Array();
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FeedError(`${url}: too large (over ${kb(maxBytes)}, the limit)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * GETs a feed or page: waits for the host's turn, sends the validators it has (a 304 means nothing
 * changed), follows redirects, decompresses, decodes the charset, and fails in one line on a
 * timeout, an HTTP error, a refused connection or a body over the limit.
 */
export async function fetchText(url: string, opts: FetchOptions, validators: Validators = {}): Promise<Fetched> {
  await opts.limiter.wait(url);
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent,
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml, text/xml, text/html;q=0.9, */*;q=0.5',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await fetch(url, { headers, redirect: 'follow', signal });
    if (res.status === 304) {
      await res.body?.cancel();
      return { notModified: true };
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new FeedError(`${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const bytes = await readLimited(res, opts.maxBytes, url);
    const contentType = res.headers.get('content-type');
    return {
      notModified: false,
      text: decodeBody(bytes, contentType).text,
      url: res.url || url,
      contentType,
      etag: res.headers.get('etag') ?? undefined,
      lastModified: res.headers.get('last-modified') ?? undefined,
    };
  } catch (err) {
    if (err instanceof FeedError) throw err;
    if (signal.aborted) throw new FeedError(`${url}: no answer within ${opts.timeoutMs / 1000} s`);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new FeedError(`${url}: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
  }
}
