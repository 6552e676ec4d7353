import type { Context, Hono, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';
import { requestHeader } from './headers.js';

const LOOPBACK_NAMES = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/** True when an address to bind is this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Against DNS rebinding: a page on another site whose name is made to resolve to 127.0.0.1 sends
 * its own name as Host. A server bound to loopback answers only requests addressed to a loopback name.
 */
export function loopbackHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = requestHeader(c, 'host') ?? new URL(c.req.url).host;
    if (!LOOPBACK_NAMES.test(host))
      return c.json({ message: `foreign Host header ${JSON.stringify(host)}: this server answers only to localhost names` }, 421);
    return next();
  };
}

function pattern(path: string): RegExp {
  const body = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${body}/?$`);
}

/**
 * The answer for a request no route took: 405 with an Allow header when the path exists under other
 * methods, so a client learns it used the wrong method rather than a wrong address.
 */
export function wrongMethodOr(app: Hono, prefix: string, fallback: (c: Context) => Response): (c: Context) => Response {
  let routes: { method: string; re: RegExp }[] | undefined;
  return (c) => {
    routes ??= app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, re: pattern(prefix + r.path) }));
    const path = new URL(c.req.url).pathname;
    const allowed = [...new Set(routes.filter((r) => r.re.test(path)).map((r) => r.method))];
    if (allowed.length === 0 || allowed.includes(c.req.method)) return fallback(c);
    if (allowed.includes('GET')) allowed.push('HEAD');
    c.header('Allow', allowed.join(', '));
    return c.json({ message: `${c.req.method} is not allowed on ${path}: use ${allowed.join(' or ')}` }, 405);
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A request body decoded strictly: bytes that are not UTF-8 are a 400, never replaced by U+FFFD. */
export async function strictText(c: Context): Promise<string> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiError(400, 'the body is not valid UTF-8 text');
  }
}
