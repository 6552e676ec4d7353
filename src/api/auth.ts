import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { BlocError } from '../domain/index.js';
import { ApiError } from './errors.js';

/** A fresh token for a server started without BLOC_TOKEN. */
export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Shortest BLOC_TOKEN accepted: a guessable token would open every write to anyone who can connect. */
export const MIN_TOKEN_LENGTH = 16;

/** A token the server refuses to start with (printed as one line by the CLI). */
export class TokenInputError extends BlocError {}

/** The token to require: BLOC_TOKEN when set (and not blank, and long enough), else a generated one. */
export function resolveToken(env: NodeJS.ProcessEnv = process.env): { token: string; generated: boolean } {
  const fromEnv = env['BLOC_TOKEN']?.trim();
  if (fromEnv && fromEnv.length < MIN_TOKEN_LENGTH)
    throw new TokenInputError(
      `BLOC_TOKEN is ${fromEnv.length} character(s): use at least ${MIN_TOKEN_LENGTH}, or unset it to get a generated one`,
    );
  return fromEnv ? { token: fromEnv, generated: false } : { token: generateToken(), generated: true };
}

// Hashing first gives equal-length buffers, so the comparison takes the same time for any guess.
const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Requires `Authorization: Bearer <token>`. It runs before any body parsing, so an
 * unauthenticated client never gets its body read, let alone written.
 */
export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) {
      c.header('WWW-Authenticate', 'Bearer realm="bloc"');
      throw new ApiError(401, 'missing bearer token: send Authorization: Bearer <token> (printed by bloc serve, or BLOC_TOKEN)');
    }
    if (!timingSafeEqual(digest(m[1]!), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="bloc", error="invalid_token"');
      throw new ApiError(401, 'wrong bearer token');
    }
    await next();
  };
}
