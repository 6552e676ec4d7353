import type { Command } from 'commander';
import { dbOption, packOption, withWs } from '../workspace-option.js';
import { codeSources } from './extract.js';
import { coder } from '../../compose/index.js';

interface IngestOptions {
  readonly db?: string;
  readonly pack?: string;
  readonly skipBad?: boolean;
  readonly allowFuture?: boolean;
}

/** What an ingest run did to the store, for its one-line summary. */
export interface IngestTally {
  articles: number;
  stored: number;
  merged: number;
  undated: number;
  already: number;
  rejected: number;
  future: number;
}

/** The final summary line; one line so scripts and logs can read it. */
export function formatTally(t: IngestTally): string {
  return `${t.articles} article(s): ${t.stored} event(s) stored, ${t.merged} merged, ${t.undated} undated, ${t.already} already ingested, ${t.rejected} rejected${t.future ? `, ${t.future} dated more than a year after their article (refused; --allow-future takes them)` : ''}`;
}

/**
 * Codes articles and stores each with its events. Every article is its own transaction in the
 * store (Store.ingestArticle), and an article already stored with the same text is skipped, so a
 * run killed at any point can simply be run again.
 */
export async function runIngest(sources: readonly string[], opts: IngestOptions): Promise<IngestTally> {
  return withWs(opts, async (ws) => {
    const tally: IngestTally = { articles: 0, stored: 0, merged: 0, undated: 0, already: 0, rejected: 0, future: 0 };
    const run = await codeSources(sources, coder(ws), (article, events) => {
      const r = ws.store.ingestArticle(article, events, { allowFuture: opts.allowFuture });
      if (r.already) tally.already++;
      tally.stored += r.inserted.length;
      tally.merged += r.merged.length;
      tally.undated += r.undated;
      tally.future += r.future;
    });
    tally.articles = run.articles;
    tally.rejected = run.rejected;
    return tally;
  });
}

/** `bloc ingest`: like `bloc extract`, but the events go into the chronicle with their article. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('code news articles and store their dated events with the article as provenance (safe to re-run)')
    .argument('[sources...]', 'files, directories, or - for stdin (default: stdin)')
    .addOption(dbOption())
    .addOption(packOption())
    .option('--skip-bad', 'exit 0 even when some articles were rejected')
    .option('--allow-future', 'store events dated more than a year after their article (announced drills, summits)')
    .action(async (sources: string[], opts: IngestOptions) => {
      const tally = await runIngest(sources, opts);
      process.stdout.write(formatTally(tally) + '\n');
      if (tally.rejected && !opts.skipBad) process.exitCode = 2;
    });
}
