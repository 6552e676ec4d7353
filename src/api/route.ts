import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { requireToken } from './auth.js';
import { isAnswer, type Answer } from './answers.js';
import { limitBody, parseJson, readJsonText, readQuery } from './body.js';
import type { JobLimiter } from './job-limiter.js';
import { sendJson } from './respond.js';
import type { OpenApiDocument } from './responses.js';
import type { Simulate } from './sim-runner.js';
import type { ApiState } from './state.js';

/** What a handler may use besides the request: the shared state and the simulation runner. */
export interface RouteDeps {
  readonly state: ApiState;
  readonly simulate: Simulate;
  readonly simulations: JobLimiter;
  /** The OpenAPI document of every route, built once. */
  readonly openapi: () => Answer<z.output<typeof OpenApiDocument>>;
}

/** The request's inputs, each read and validated on demand with the route's own schemas (4xx on failure). */
export interface RouteInput<Q extends z.ZodType, B extends z.ZodType> {
  /** A path parameter (`{code}` of `/members/{code}`). */
  param(name: string): string;
  /** The query string, checked against `query`. */
  query(): z.output<Q>;
  /** The body's text: declared as JSON, strictly UTF-8. */
  text(): Promise<string>;
  /** JSON text parsed and checked against `body`. */
  parse(text: string): z.output<B>;
  /** The body, read and checked against `body`. */
  body(): Promise<z.output<B>>;
}

// What fits a response schema, read-only or not: a handler may send the layers' readonly arrays as they are.
type Sendable<T> = T extends object ? { readonly [K in keyof T]: Sendable<T[K]> } : T;

/** A value to send as JSON, or a ready (cached) answer made from one. */
export type Reply<T> = Sendable<T> | Answer<T>;

/**
 * One operation of the API: its address, its schemas and its handler, in one place. The app mounts
 * it, the OpenAPI document describes it, and the route test checks its answers against `response`.
 */
export interface Route<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly operationId: string;
  readonly method: 'get' | 'post';
  /** OpenAPI form, under /api: `/members/{code}`. */
  readonly path: string;
  readonly summary: string;
  /** Writes and costly work need the bearer token; reads are open. */
  readonly auth?: 'token';
  readonly query?: Q;
  readonly body?: { readonly schema: B; readonly maxBytes: number };
  /** The success status (200 unless said). */
  readonly status?: 200 | 201;
  readonly response: R;
  /** Every failure status the route itself can answer with (the Error schema); 405, 421 and 500 apply to all. */
  readonly errors: readonly number[];
  readonly handle: (c: Context, deps: RouteDeps, input: RouteInput<Q, B>) => Reply<z.output<R>> | Promise<Reply<z.output<R>>>;
}

/** Checks a route's handler against its own schemas, then forgets their types so routes share one list. */
export function route<Q extends z.ZodType = z.ZodNever, B extends z.ZodType = z.ZodNever, R extends z.ZodType = z.ZodType>(
  r: Route<Q, B, R>,
): Route {
  return r as unknown as Route;
}

/** Hono's form of an OpenAPI path: `/members/{code}` → `/members/:code`. */
export const honoPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

/** Mounts every route on `app`, with its token check and body limit, sending what the handler returns. */
export function mount(app: Hono, routes: readonly Route[], deps: RouteDeps, token: string): void {
  const auth = requireToken(token);
  for (const r of routes) {
    const before: MiddlewareHandler[] = [];
    if (r.auth === 'token') before.push(auth);
    if (r.body) before.push(limitBody(r.body.maxBytes));
    const handle: MiddlewareHandler = async (c) => {
      const out = await r.handle(c, deps, inputOf(c, r));
      return isAnswer(out) ? sendJson(c, out) : c.json(out, r.status ?? 200);
    };
    app.on([r.method.toUpperCase()], [honoPath(r.path)], ...before, handle);
  }
}

function inputOf(c: Context, r: Route): RouteInput<z.ZodType, z.ZodType> {
  const bodySchema = (): z.ZodType => {
    if (!r.body) throw new Error(`${r.operationId} declares no body`);
    return r.body.schema;
  };
  return {
    param: (name) => c.req.param(name) ?? '',
    query: () => {
      if (!r.query) throw new Error(`${r.operationId} declares no query`);
      return readQuery(c, r.query);
    },
    text: () => readJsonText(c),
    parse: (text) => parseJson(text, bodySchema()),
    body: async () => parseJson(await readJsonText(c), bodySchema()),
  };
}
