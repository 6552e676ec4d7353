import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { ReviewError, StoreError } from '../store/index.js';

/** One problem with an input, located by its path ("events.0.date"). */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** An expected API failure: its status and message go to the client as they are. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly issues?: readonly Issue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The issues of a zod error, each with a dotted path. */
export function issuesOf(err: ZodError): Issue[] {
  return err.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

// Domain layers signal bad input with errors named *InputError (IndicatorInputError, ...).
function isInputError(err: Error): boolean {
  return err.name.endsWith('InputError');
}

/**
 * The single place errors become HTTP: expected failures keep their message, anything else
 * is a 500 with a generic message, so a stack trace never reaches a client.
 */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    return c.json({ message: err.message, ...(err.issues ? { issues: err.issues } : {}) }, err.status);
  }
  if (err instanceof ZodError) return c.json({ message: 'invalid input', issues: issuesOf(err) }, 400);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return c.json({ message: err.message || 'request refused' }, status);
  }
  if (err instanceof ReviewError)
    return c.json({ message: err.message }, err.kind === 'not_found' ? 404 : err.kind === 'conflict' ? 409 : 400);
  if (err instanceof StoreError || isInputError(err)) return c.json({ message: err.message }, 400);
  console.error('bloc serve: unexpected error', err);
  return c.json({ message: 'internal error' }, 500);
}

/** JSON 404 for unknown API paths. */
export function notFound(c: Context): Response {
  return c.json({ message: `no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}` }, 404);
}
