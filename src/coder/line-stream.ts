import type { Readable } from 'node:stream';
import { MAX_ARTICLE_BYTES } from './article.js';

/** One line of a byte stream: its text, or why it could not be decoded. */
export type RawLine = { readonly line: number; readonly text: string } | { readonly line: number; readonly error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Splits a byte stream into lines without holding more than one line in memory, decoding
 * each strictly so a bad byte is blamed on its own line. A line over the article limit is
 * skipped to its end rather than buffered, so a huge file cannot exhaust memory.
 */
export async function* lines(stream: Readable, maxBytes = MAX_ARTICLE_BYTES): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let n = 0;
  const finish = (): RawLine => {
    n++;
    if (overflow) return { line: n, error: 'article of 20 MB or more' };
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    try {
      return { line: n, text: utf8.decode(bytes.subarray(0, end)) };
    } catch {
      return { line: n, error: 'not valid UTF-8 text' };
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      if (!overflow) {
        size += piece.length;
        if (size >= maxBytes) {
          overflow = true;
          parts = [];
        } else if (piece.length) parts.push(piece);
      }
      if (nl < 0) break;
      yield finish();
      parts = [];
      size = 0;
      overflow = false;
      start = nl + 1;
    }
  }
  if (size > 0 || overflow) yield finish();
}
