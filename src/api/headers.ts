import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';

/** Sent with every answer, API and dashboard alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
});

export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A request header, lower-case name. Under @hono/node-server the parsed headers of the Node request
 * are read directly: `c.req.header()` would build a WHATWG Headers object (every header copied) per
 * request, which is most of the cost of a cached answer. Elsewhere (app.request in tests) it falls back.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming?.headers) {
    const v = incoming.headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
  }
  return c.req.header(name);
}
