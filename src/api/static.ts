import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** Where `npm run build:web` puts the dashboard (web/dist), from both src/api and dist/api. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// Scripts only from our own origin: even if article text ever reached the DOM as HTML, it could not run.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The decoded path of a static request, refused when it could leave the root: `..` segments
 * (also percent-encoded), backslashes, NUL bytes, or anything malformed.
 */
export function safeStaticPath(rawPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw new ApiError(400, 'malformed path');
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((s) => s === '..' || s === '.')) {
    throw new ApiError(400, 'path traversal refused');
  }
  return decoded;
}

/** Serves the built dashboard from `root` for GET and HEAD; `/` is index.html. */
export function serveWeb(root: string = WEB_ROOT): MiddlewareHandler {
  const base = resolve(root);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    // Take the path from the raw URL, before any router normalisation could hide a traversal.
    const raw = /^[a-z]+:\/\/[^/]*(\/[^?#]*)/i.exec(c.req.url)?.[1] ?? '/';
    const path = safeStaticPath(raw);
    const file = resolve(base, `.${path === '/' ? '/index.html' : path}`);
    if (file !== base && !file.startsWith(base + sep)) throw new ApiError(400, 'path traversal refused');
    if (!existsSync(base)) throw new ApiError(503, 'dashboard not built: run npm run build:web');
    if (!existsSync(file) || !statSync(file).isFile()) throw new ApiError(404, `no such file: ${path}`);
    const ext = extname(file);
    c.header('content-type', TYPES[ext] ?? 'application/octet-stream');
    // Vite fingerprints assets, so they never change under the same name; index.html always may.
    c.header('cache-control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (ext === '.html') c.header('content-security-policy', CSP);
    return c.body(readFileSync(file));
  };
}
