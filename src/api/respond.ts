import type { Context } from 'hono';
import type { Answer } from './answers.js';
import { requestHeader } from './headers.js';

/**
 * Sends a ready answer as it is: a plain Response with a plain header object, which @hono/node-server
 * writes with one writeHead and one end, no copying. A GET (or HEAD) holding the same ETag gets a
 * 304; HTTP allows that answer to no other method, so a POST always gets the body.
 */
export function sendJson(c: Context, answer: Answer): Response {
  const inm = c.req.method === 'GET' || c.req.method === 'HEAD' ? requestHeader(c, 'if-none-match') : undefined;
  if (inm !== undefined && matchesEtag(inm, answer.etag)) return new Response(null, { status: 304, headers: answer.notModified });
  return new Response(answer.body as Uint8Array<ArrayBuffer>, { status: 200, headers: answer.headers });
}

function matchesEtag(header: string, etag: string): boolean {
  return header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** The path and query of the request as sent: the cache key of a GET (the host may be spelt many ways). */
export function pathAndQuery(c: Context): string {
  const url = c.req.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
}
