import type { Command } from 'commander';
import { feedSources, watcher, type WatchOptions } from '../../compose/index.js';
import type { CycleSummary, WatchProgress } from '../../watch/index.js';
import { autoAcceptOption } from '../auto-accept-option.js';
import { CliError } from '../errors.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

interface Options {
  readonly feeds?: string;
  readonly feed?: string[];
  readonly once?: boolean;
  readonly interval: number;
  readonly hostInterval: number;
  readonly timeout: number;
  readonly maxSize: number;
  readonly autoAccept?: Record<string, number>;
  readonly skipBad?: boolean;
  readonly db?: string;
  readonly pack?: string;
}

const positive = (name: string) => (v: string) => {
  const n = Number(v);
  if (!(n >= 0) || !Number.isFinite(n)) throw new CliError(`${name}: ${JSON.stringify(v)} is not a number of 0 or more`);
  return n;
};
const collect = (v: string, prev: string[] | undefined): string[] => [...(prev ?? []), v];

/** One line for a poll, as a TTY shows it. */
export function reportLine(p: Extract<WatchProgress, { kind: 'feed' }>): string {
  const r = p.report;
  const what =
    r.state === 'ok'
      ? `${r.items} item(s), ${r.fresh} new, ${r.proposals} proposal(s)${r.accepted ? `, ${r.accepted} auto-accepted` : ''}${r.item_errors ? `, ${r.item_errors} page(s) failed` : ''}`
      : r.state === 'not_modified'
        ? 'not modified since the last poll'
        : (r.message ?? r.state);
  return `[${p.done}/${p.total}] ${r.state.replace('_', ' ')}  ${r.url}: ${what}`;
}

/** The closing line of a pass: one line, for scripts and logs. */
export function summaryLine(s: CycleSummary): string {
  return `${s.feeds} feed(s): ${s.ok} ok, ${s.not_modified} not modified, ${s.errors} failed, ${s.skipped} backing off; ${s.fresh} new item(s), ${s.proposals} proposal(s) waiting for review (bloc review list), ${s.accepted} auto-accepted`;
}

/** `bloc watch`: follows news feeds; each new item is coded and its events wait for review. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description("follow RSS, Atom and JSON feeds: code each new item and propose its events for review (default: the pack's feeds file)")
    .option('--feeds <file>', 'feeds file: one URL a line, # starts a comment (replaces the pack feeds file)')
    .option('--feed <url>', 'a feed to follow; repeatable (replaces the pack feeds file)', collect)
    .option('--once', 'poll each feed once and exit (for cron)')
    .option('--interval <minutes>', 'minutes between two polls of a feed', positive('--interval'), 30)
    .option('--host-interval <seconds>', 'seconds between two requests to one host', positive('--host-interval'), 1)
    .option('--timeout <seconds>', 'give up on a feed or page after this long', positive('--timeout'), 30)
    .option('--max-size <MB>', 'largest feed or page read, in megabytes', positive('--max-size'), 5)
    .addOption(autoAcceptOption())
    .option('--skip-bad', 'exit 0 even when some feeds failed')
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: Options) => {
      await withWs(opts, async (ws) => {
        const { feeds, problems } = feedSources(ws, { feedsFile: opts.feeds, feed: opts.feed });
        for (const p of problems) process.stderr.write(`bloc watch: ${p}\n`);
        if (feeds.length === 0) throw new CliError('no feeds to follow: give --feeds FILE or --feed URL');
        const tty = process.stderr.isTTY === true;
        const options: WatchOptions = {
          intervalMinutes: opts.interval,
          hostIntervalMs: opts.hostInterval * 1000,
          timeoutMs: Math.max(1, opts.timeout * 1000),
          maxBytes: Math.max(1024, opts.maxSize * 1024 * 1024),
          accept: opts.autoAccept,
        };
        const w = watcher(
          ws,
          feeds.map((f) => f.url),
          options,
          (p) => {
            if (p.kind !== 'feed') return;
            // Errors are always one line each; the rest of the progress only on a terminal.
            if (p.report.state === 'error') process.stderr.write(`bloc watch: ${p.report.message}\n`);
            else if (tty) process.stderr.write(`${reportLine(p)}\n`);
          },
        );
        if (opts.once) {
          const s = await w.cycle();
          process.stdout.write(`${summaryLine(s)}\n`);
          if ((s.errors > 0 || problems.length > 0) && !opts.skipBad) process.exitCode = 2;
          return;
        }
        const stop = new AbortController();
        const onSignal = () => stop.abort();
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        if (tty) process.stderr.write(`bloc watch: following ${feeds.length} feed(s), each every ${opts.interval} min; Ctrl-C stops\n`);
        await w.run(stop.signal, 30_000, (s) => {
          if (s.ok + s.not_modified + s.errors > 0) process.stdout.write(`${new Date().toISOString()} ${summaryLine(s)}\n`);
        });
      });
    });
}
