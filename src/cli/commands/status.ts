import { countOption } from '../options.js';
import type { Command } from 'commander';
import { statusOn } from '../../domain/index.js';
import { toTable } from '../output.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';
import { eventRow } from './events.js';

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
          `bloc: the ${alliance.code} on ${day} (data pack ${alliance.pack.name} ${alliance.pack.version}, curated to ${alliance.curatedTo}; store ${store.path})\n\n`,
        );
        const members = store.members().map((m) => ({ code: m.code, name: m.name, ...statusOn(m, day) }));
        process.stdout.write(toTable(['code', 'name', 'status', 'basis', 'since'], members));
        const latest = store.events({ asOf: day }).slice(-opts.latest).reverse();
        process.stdout.write(`\nlatest ${latest.length} events (of ${store.countEvents()}):\n`);
        process.stdout.write(toTable(['date', 'type', 'actor', 'target', 'summary'], latest.map(eventRow), 70));
      });
    });
}
