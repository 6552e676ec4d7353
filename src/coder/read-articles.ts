import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import { IsoDay } from '../domain/index.js';
import { Article } from '../domain/index.js';
import { inputFiles } from '../data/index.js';
import { MAX_ARTICLE_BYTES, textProblem, type ReadItem } from './article.js';
import { lines, type RawLine } from './line-stream.js';

const PLAIN_HEAD = /^\s*date\s+(\S+)\s*/;

/** Parses one JSON Lines record into an article or a located reason. */
export function parseArticleLine(raw: RawLine, file: string): ReadItem | undefined {
  if ('error' in raw) return { ok: false, file, line: raw.line, reason: raw.error };
  const text = raw.text.trim();
  if (text === '') return undefined;
  if (text.includes('\u0000')) return { ok: false, file, line: raw.line, reason: 'binary data (NUL bytes)' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, file, line: raw.line, reason: `malformed JSON: ${(err as Error).message}` };
  }
  const r = Article.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    const field = i.path.join('.') || 'record';
    const bad = field === 'date' && typeof (value as { date?: unknown }).date === 'string';
    const given = i.path.length === 1 && value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[field] : 0;
    // A field of the wrong type is named as such; only an absent one is "missing".
    const reason =
      i.code === 'invalid_type' && given === undefined
        ? `missing ${field}`
        : i.code === 'invalid_type'
          ? `${field}: expected ${i.expected}, got ${given === null ? 'null' : Array.isArray(given) ? 'array' : typeof given}`
          : `${field}: ${i.message}`;
    return {
      ok: false,
      file,
      line: raw.line,
      reason: bad ? `impossible date ${JSON.stringify((value as { date: string }).date)}` : reason,
    };
  }
  const problem = textProblem(r.data.text);
  if (problem) return { ok: false, file, line: raw.line, reason: problem };
  return { ok: true, article: r.data, file, line: raw.line };
}

/** Parses the plain form: `date YYYY-MM-DD` then the text; the id is the file name without extension. */
export function parsePlain(body: string, id: string, file: string): ReadItem {
  const head = PLAIN_HEAD.exec(body);
  if (!head) return { ok: false, file, line: 1, reason: 'missing date (expected "date YYYY-MM-DD" first)' };
  if (!IsoDay.safeParse(head[1]).success) return { ok: false, file, line: 1, reason: `impossible date ${JSON.stringify(head[1])}` };
  const text = body.slice(head[0].length);
  const problem = textProblem(text);
  if (problem) return { ok: false, file, line: 1, reason: problem };
  return { ok: true, article: { id, date: head[1]!, text }, file, line: 1 };
}

async function* fromJsonl(stream: Readable, file: string): AsyncGenerator<ReadItem> {
  for await (const raw of lines(stream)) {
    const item = parseArticleLine(raw, file);
    if (item) yield item;
  }
}

// The plain form is one article per file, so it is read whole, but only below the size limit.
async function* fromPlain(stream: Readable, file: string, id: string): AsyncGenerator<ReadItem> {
  const parts: string[] = [];
  for await (const raw of lines(stream)) {
    if ('error' in raw) {
      yield { ok: false, file, line: raw.line, reason: raw.error };
      stream.destroy();
      return;
    }
    parts.push(raw.text);
  }
  yield parsePlain(parts.join('\n'), id, file);
}

function isJsonlName(path: string): boolean {
  return /\.(jsonl|ndjson|json)$/i.test(path);
}

async function* fromFile(path: string): AsyncGenerator<ReadItem> {
  // Directories are walked once each, so a symbolic link loop cannot repeat an article.
  for await (const f of inputFiles(path, (name) => /\.(jsonl|ndjson|json|txt)$/i.test(name))) {
    if ('error' in f) yield { ok: false, file: f.path, line: 0, reason: f.error };
    else yield* fromOneFile(f.path);
  }
}

async function* fromOneFile(path: string): AsyncGenerator<ReadItem> {
  const info = await stat(path);
  if (isJsonlName(path)) yield* fromJsonl(createReadStream(path), path);
  else if (info.size >= MAX_ARTICLE_BYTES) yield { ok: false, file: path, line: 1, reason: 'article of 20 MB or more' };
  else yield* fromPlain(createReadStream(path), path, basename(path, extname(path)));
}

// stdin has no name to go by, so its first byte decides: "{" is JSON Lines, anything else plain.
async function* fromStdin(stream: Readable): AsyncGenerator<ReadItem> {
  const it = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head: Buffer = first.value;
  const { Readable: R } = await import('node:stream');
  const rest = R.from(
    (async function* () {
      yield head;
      for (;;) {
        const n = await it.next();
        if (n.done) return;
        yield n.value;
      }
    })(),
  );
  const c = head.toString('utf8', 0, Math.min(head.length, 64)).trimStart()[0];
  if (c === '{') yield* fromJsonl(rest, '<stdin>');
  else yield* fromPlain(rest, '<stdin>', 'stdin');
}

/** Reads articles from files, directories (recursively, sorted) and "-" (stdin), streaming. */
export async function* readArticles(sources: readonly string[], stdin: Readable = process.stdin): AsyncGenerator<ReadItem> {
  for (const src of sources) {
    if (src === '-') yield* fromStdin(stdin);
    else yield* fromFile(src);
  }
}
