import { createHash } from 'node:crypto';

/** A fingerprint of an article's text, so a re-run after a crash skips what is already stored. */
export function articleHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
