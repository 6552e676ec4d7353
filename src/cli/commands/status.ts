import { countOption } from '../options.js';
import type { Command } from 'commander';
import { statusOn, today } from '../../domain/index.js';
import { toTable } from '../output.js';
import { dbOption, withStore } from '../store-option.js';
import { eventRow } from './events.js';

/** `bloc status`: the alliance today, members and the latest events (the main job until the dashboard). */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description("the alliance's state today: members and their status, and the latest events")
    .option('--latest <n>', 'how many recent events to show', countOption('--latest'), 12)
    .addOption(dbOption())
    .action(async (opts: { latest: number; db?: string }) => {
      await withStore(opts.db, (store) => {
        const day = today();
        const manifest = store.manifest();
        process.stdout.write(
          `bloc: the CSTO on ${day} (data pack ${manifest?.version ?? '?'}, curated to ${manifest?.curated_to ?? '?'}; store ${store.path})\n\n`,
        );
        const members = store.members().map((m) => ({ code: m.code, name: m.name, ...statusOn(m, day) }));
        process.stdout.write(toTable(['code', 'name', 'status', 'basis', 'since'], members));
        const latest = store.events({ asOf: day }).slice(-opts.latest).reverse();
        process.stdout.write(`\nlatest ${latest.length} events (of ${store.countEvents()}):\n`);
        process.stdout.write(toTable(['date', 'type', 'actor', 'target', 'summary'], latest.map(eventRow), 70));
      });
    });
}
