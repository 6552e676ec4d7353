import type { Context } from 'hono';

/** Sends JSON that is already serialised (a cached body). */
export function sendJson(c: Context, body: Uint8Array, status: 200 | 201 = 200): Response {
  return c.body(body as Uint8Array<ArrayBuffer>, status, { 'content-type': 'application/json; charset=utf-8' });
}
