import { createWriteStream, type WriteStream } from 'node:fs';
import type { Command } from 'commander';
import type { Article, CodedEvent } from '../../domain/index.js';
import { readArticles, type NewsCoder } from '../../coder/index.js';
import { packCoder } from '../../compose/index.js';
import { formatProblem } from '../../data/index.js';
import { packOption } from '../workspace-option.js';

/** What a coding run saw: shared by `bloc extract` and `bloc ingest` for their reports. */
export interface CodeRun {
  readonly files: number;
  readonly articles: number;
  readonly events: number;
  readonly rejected: number;
  /** Articles (or parts of articles) in a language the pack cannot code, by language. */
  readonly uncoded: ReadonlyMap<string, number>;
}

/** What a command does with each coded article (write it out, store it); may wait for back-pressure. */
export type ArticleSink = (article: Article, events: CodedEvent[]) => void | Promise<void>;

// Progress goes to a terminal only; a pipe or a log file gets nothing but the report at the end.
function progress(enabled: boolean): (files: number, articles: number, events: number, started: number) => void {
  let last = 0;
  return (files, articles, events, started) => {
    const now = Date.now();
    if (!enabled || now - last < 250) return;
    last = now;
    const rate = Math.round(articles / Math.max(0.001, (now - started) / 1000));
    process.stderr.write(`\r${files} file(s), ${articles} article(s), ${events} event(s), ${rate} articles/s `);
  };
}

/**
 * Reads articles from files, directories and stdin, codes each and hands it to `sink`, reporting
 * every rejected input as FILE:LINE: reason on stderr. One loop for both commands, so extract and
 * ingest read, reject and show progress the same way.
 */
export async function codeSources(sources: readonly string[], coder: NewsCoder, sink: ArticleSink): Promise<CodeRun> {
  const tty = process.stderr.isTTY === true;
  const tick = progress(tty);
  const started = Date.now();
  const files = new Set<string>();
  let articles = 0;
  let events = 0;
  let rejected = 0;
  const uncoded = new Map<string, number>();
  for await (const item of readArticles(sources.length ? sources : ['-'])) {
    files.add(item.file);
    if (!item.ok) {
      rejected++;
      process.stderr.write(
        `${tty ? '\r' : ''}${formatProblem({ file: item.file, line: item.line, field: 'article', reason: item.reason })}\n`,
      );
      continue;
    }
    articles++;
    const reading = coder.read(item.article);
    // An article bloc cannot read is said so, never passed over in silence.
    for (const lang of reading.uncoded) {
      uncoded.set(lang, (uncoded.get(lang) ?? 0) + 1);
      const what = reading.coded.length ? `part of article ${item.article.id}` : `article ${item.article.id}`;
      process.stderr.write(
        `${tty ? '\r' : ''}${item.file}:${item.line}: ${what} is in ${lang}, which the pack does not code (languages: ${coder.readable.join(', ')})\n`,
      );
    }
    events += reading.events.length;
    await sink(item.article, reading.events);
    tick(files.size, articles, events, started);
  }
  if (tty) process.stderr.write(`\r${files.size} file(s), ${articles} article(s), ${events} event(s)\n`);
  if (rejected) process.stderr.write(`${rejected} article(s) rejected\n`);
  if (uncoded.size) {
    const list = [...uncoded].map(([lang, n]) => `${n} in ${lang}`).join(', ');
    process.stderr.write(`${[...uncoded.values()].reduce((a, b) => a + b, 0)} article(s) not coded for their language: ${list}\n`);
  }
  return { files: files.size, articles, events, rejected, uncoded };
}

interface ExtractOptions {
  readonly out?: string;
  readonly pack?: string;
  readonly skipBad?: boolean;
}

/** Codes articles from files, directories and stdin; writes event JSON Lines; returns the rejected count. */
export async function runExtract(sources: readonly string[], opts: ExtractOptions): Promise<number> {
  const out: WriteStream | NodeJS.WriteStream = opts.out ? createWriteStream(opts.out) : process.stdout;
  const run = await codeSources(sources, packCoder(opts.pack), async (_article, events) => {
    let chunk = '';
    for (const e of events) chunk += JSON.stringify(e) + '\n';
    // Respect back-pressure so a slow consumer cannot make the output buffer grow without bound.
    if (chunk && !out.write(chunk)) await new Promise<void>((r) => (out as NodeJS.WritableStream).once('drain', () => r()));
  });
  if (opts.out) {
    const file = out as WriteStream;
    await new Promise<void>((resolve, reject) => {
      file.once('error', reject);
      file.end(() => resolve());
    });
  }
  return run.rejected;
}

/** `bloc extract`: dated articles in, the spec's event records out (JSON Lines), no store touched. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('code news articles (plain "date YYYY-MM-DD" files, JSON Lines, directories, or - for stdin) into alliance events')
    .argument('[sources...]', 'files, directories, or - for stdin (default: stdin)')
    .option('--out <file>', 'write the events here instead of stdout')
    .addOption(packOption())
    .option('--skip-bad', 'exit 0 even when some articles were rejected')
    .action(async (sources: string[], opts: ExtractOptions) => {
      const rejected = await runExtract(sources, opts);
      if (rejected && !opts.skipBad) process.exitCode = 2;
    });
}
