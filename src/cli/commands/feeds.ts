import type { Command } from 'commander';
import { formatOption, printRows, type Format } from '../output.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

/** `bloc feeds`: each followed feed's state, as the store keeps it between runs of `bloc watch`. */
export function registerFeeds(program: Command): void {
  program
    .command('feeds')
    .description('the state of each feed bloc watch follows: last poll, failures, back-off, items and proposals')
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: { format: Format; db?: string; pack?: string }) => {
      await withWs(opts, (ws) => {
        const feeds = ws.store.feeds.all();
        if (feeds.length === 0 && opts.format === 'table') return void process.stdout.write('no feed polled yet: run bloc watch --once\n');
        const rows = feeds.map((f) => ({
          url: f.url,
          state: f.state,
          last_poll: f.last_polled_at?.slice(0, 16).replace('T', ' ') ?? 'never',
          failures: f.failures,
          next_poll: f.next_poll_at?.slice(0, 16).replace('T', ' ') ?? '',
          items: f.items,
          proposals: f.proposals,
          last_error: f.last_error ?? '',
        }));
        printRows(opts.format, ['url', 'state', 'last_poll', 'failures', 'next_poll', 'items', 'proposals', 'last_error'], rows, feeds);
      });
    });
}
