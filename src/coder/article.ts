import type { Article } from '../domain/index.js';

/** Largest article the coder accepts; anything bigger is almost certainly not a news story. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** What a reader yields: an article ready to code, or a located reason it was rejected. */
export type ReadItem =
  | { readonly ok: true; readonly article: Article; readonly file: string; readonly line: number }
  | { readonly ok: false; readonly file: string; readonly line: number; readonly reason: string };

// Control characters other than tab/newline/carriage return; real prose has almost none.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** A reason the text is not a usable article (empty or binary garbage), or undefined when fine. */
export function textProblem(text: string): string | undefined {
  if (text.trim() === '') return 'empty article';
  if (text.includes('\u0000')) return 'binary data (NUL bytes)';
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 8 && controls / text.length > 0.01) return `binary data (${controls} control characters)`;
  if (Buffer.byteLength(text, 'utf8') >= MAX_ARTICLE_BYTES) return 'article of 20 MB or more';
  return undefined;
}
