import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { ApiError, issuesOf } from './errors.js';
import { strictText } from './guards.js';
import { requestHeader } from './headers.js';

/** Body size limits: articles may be long, everything else is small. */
export const LIMITS = { json: 64 * 1024, article: 1024 * 1024 } as const;

/** Refuses bodies over `bytes` with a JSON 413, whether or not Content-Length is declared. */
export function limitBody(bytes: number): MiddlewareHandler {
  const tooLarge = (c: Context) => c.json({ message: `body too large: the limit is ${bytes} bytes` }, 413);
  // Counts the bytes as they stream in: for bodies that do not declare their length.
  const streamed = bodyLimit({ maxSize: bytes, onError: tooLarge });
  return async (c, next) => {
    // A declared length is checked from the header alone. Node's HTTP parser will not read past it,
    // and this skips hono's limiter, which turns every request body into a web stream.
    const length = requestHeader(c, 'content-length');
    if (length !== undefined && requestHeader(c, 'transfer-encoding') === undefined && /^\d+$/.test(length)) {
      if (Number(length) > bytes) return tooLarge(c);
      await next();
      return;
    }
    return streamed(c, next);
  };
}

/** The text of a JSON body; a body that is not declared as JSON is a 415. */
export async function readJsonText(c: Context): Promise<string> {
  const type = requestHeader(c, 'content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'expected Content-Type: application/json');
  return strictText(c);
}

/** Parses JSON text and validates it against a schema; every failure is a 4xx ApiError. */
export function parseJson<S extends z.ZodType>(text: string, schema: S): z.infer<S> {
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

/** Reads a JSON body and validates it against a schema; every failure is a 4xx ApiError. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  return parseJson(await readJsonText(c), schema);
}

/** Validates the query string (each key once) against a strict schema. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError(400, 'invalid query', issuesOf(parsed.error));
  return parsed.data;
}
