import type { Command } from 'commander';
import { dbOption, packOption, withWs } from '../workspace-option.js';
import { codeSources } from './extract.js';
import { coder } from '../../compose/index.js';
import { autoAcceptOption } from '../auto-accept-option.js';

interface IngestOptions {
  readonly db?: string;
  readonly pack?: string;
  readonly skipBad?: boolean;
  readonly allowFuture?: boolean;
  readonly accept?: boolean;
  readonly autoAccept?: Record<string, number>;
}

/** What an ingest run did to the store, for its one-line summary. */
export interface IngestTally {
  articles: number;
  proposed: number;
  accepted: number;
  undated: number;
  already: number;
  rejected: number;
  future: number;
}

/** The final summary line; one line so scripts and logs can read it. */
export function formatTally(t: IngestTally): string {
  return `${t.articles} article(s): ${t.proposed} event(s) proposed, ${t.accepted} accepted without review, ${t.proposed - t.accepted} waiting for review, ${t.undated} undated, ${t.already} already ingested, ${t.rejected} rejected${t.future ? `, ${t.future} dated more than a year after their article (refused; --allow-future takes them)` : ''}`;
}

/**
 * Codes articles and stores each with its events as proposals waiting for review (with --accept,
 * dated events go straight into the chronicle, origin auto). Every article is its own transaction
 * in the store, and an article already stored with the same text is skipped, so a run killed at any
 * point can simply be run again.
 */
export async function runIngest(sources: readonly string[], opts: IngestOptions): Promise<IngestTally> {
  return withWs(opts, async (ws) => {
    const tally: IngestTally = { articles: 0, proposed: 0, accepted: 0, undated: 0, already: 0, rejected: 0, future: 0 };
    const accept = opts.accept ? 'all' : opts.autoAccept;
    const run = await codeSources(sources, coder(ws), (article, events) => {
      const r = ws.store.proposals.propose(article, events, { now: ws.now().toISOString(), accept, allowFuture: opts.allowFuture });
      if (r.already) tally.already++;
      tally.proposed += r.proposed.length;
      tally.accepted += r.accepted.length;
      tally.undated += r.undated;
      tally.future += r.future;
    });
    if (tally.accepted > 0) ws.wrote();
    tally.articles = run.articles;
    tally.rejected = run.rejected;
    return tally;
  });
}

/** `bloc ingest`: like `bloc extract`, but the events go into the chronicle with their article. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('code news articles and propose their events for review, with the article as provenance (safe to re-run)')
    .argument('[sources...]', 'files, directories, or - for stdin (default: stdin)')
    .addOption(dbOption())
    .addOption(packOption())
    .option('--accept', 'put dated events straight into the chronicle without review (origin auto)')
    .addOption(autoAcceptOption())
    .option('--skip-bad', 'exit 0 even when some articles were rejected')
    .option('--allow-future', 'store events dated more than a year after their article (announced drills, summits)')
    .action(async (sources: string[], opts: IngestOptions) => {
      const tally = await runIngest(sources, opts);
      process.stdout.write(formatTally(tally) + '\n');
      if (tally.rejected && !opts.skipBad) process.exitCode = 2;
    });
}
