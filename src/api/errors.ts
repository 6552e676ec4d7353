import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { BlocError, type ErrorStatus } from '../domain/index.js';
import { StoreBusyError } from '../store/index.js';

/** One problem with an input, located by its path ("events.0.date"). */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** An expected API failure: its status, message and located issues go to the client as they are. */
export class ApiError extends BlocError {
  constructor(
    status: ErrorStatus,
    message: string,
    readonly issues?: readonly Issue[],
  ) {
    super(message, status);
  }
}

/** The issues of a zod error, each with a dotted path. */
export function issuesOf(err: ZodError): Issue[] {
  return err.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

/**
 * The single place errors become HTTP: expected failures keep their message, anything else
 * is a 500 with a generic message, so a stack trace never reaches a client.
 */
export function onError(err: Error, c: Context): Response {
  // Another process held the store's write lock too long: the request was fine, try it again later.
  if (err instanceof StoreBusyError) c.header('Retry-After', '5');
  if (err instanceof BlocError) {
    return c.json({ message: err.message, ...(err instanceof ApiError && err.issues ? { issues: err.issues } : {}) }, err.status);
  }
  if (err instanceof ZodError) return c.json({ message: 'invalid input', issues: issuesOf(err) }, 400);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return c.json({ message: err.message || 'request refused' }, status);
  }
  console.error('bloc serve: unexpected error', err);
  return c.json({ message: 'internal error' }, 500);
}

/** JSON 404 for unknown API paths. */
export function notFound(c: Context): Response {
  return c.json({ message: `no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}` }, 404);
}
