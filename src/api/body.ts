import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { ApiError, issuesOf } from './errors.js';

/** Body size limits: articles may be long, everything else is small. */
export const LIMITS = { json: 64 * 1024, article: 1024 * 1024 } as const;

/** Refuses bodies over `bytes` with a JSON 413, whether or not Content-Length is declared. */
export function limitBody(bytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: bytes,
    onError: (c) => c.json({ message: `body too large: the limit is ${bytes} bytes` }, 413),
  });
}

/** Reads a JSON body and validates it against a schema; every failure is a 4xx ApiError. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'expected Content-Type: application/json');
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ApiError(400, `malformed JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'invalid body', issuesOf(parsed.error));
  return parsed.data;
}

/** Validates the query string (each key once) against a strict schema. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError(400, 'invalid query', issuesOf(parsed.error));
  return parsed.data;
}
