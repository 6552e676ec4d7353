import { countOption } from '../options.js';
import type { Command } from 'commander';
import { statusOn } from '../../domain/index.js';
import { toTable } from '../output.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';
import { eventRow } from './events.js';
import { freshness, gapFor } from '../../compose/index.js';

/** `bloc status`: the alliance today, members and the latest events (the main job until the dashboard). */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description("the alliance's state today: members and their status, and the latest events")
    .option('--latest <n>', 'how many recent events to show', countOption('--latest'), 12)
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: { latest: number; db?: string; pack?: string }) => {
      await withWs(opts, (ws) => {
        const day = ws.today();
        const { alliance, store } = ws;
        process.stdout.write(
          `bloc: the ${alliance.code} on ${day} (data pack ${alliance.pack.name} ${alliance.pack.version}, curated to ${alliance.curatedTo}; store ${store.path})\n`,
        );
        const f = freshness(ws);
        const poll = f.last_poll === null ? 'never (bloc watch --once)' : `${f.last_poll.slice(0, 16).replace('T', ' ')} UTC`;
        process.stdout.write(
          `latest event: ${f.latest_event ? `${f.latest_event.date} (${f.latest_event.id})` : 'none'}; last feed poll: ${poll}; ${f.pending} proposal(s) waiting for review\n`,
        );
        const gap = gapFor(ws, day);
        process.stdout.write(gap ? `note: ${gap.note}\n\n` : '\n');
        const members = store.members().map((m) => ({ code: m.code, name: m.name, ...statusOn(m, day) }));
        process.stdout.write(toTable(['code', 'name', 'status', 'basis', 'since'], members));
        const latest = store.events({ asOf: day }).slice(-opts.latest).reverse();
        process.stdout.write(`\nlatest ${latest.length} events (of ${store.countEvents()}):\n`);
        process.stdout.write(toTable(['date', 'type', 'actor', 'target', 'summary'], latest.map(eventRow), 70));
      });
    });
}
