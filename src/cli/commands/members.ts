import type { Command } from 'commander';
import { statusOn, today } from '../../domain/index.js';
import { formatOption, printRows, type Format } from '../output.js';
import { parseDay } from '../options.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

/** `bloc members`: every state that was ever a party, with its status on a date. */
export function registerMembers(program: Command): void {
  program
    .command('members')
    .description('every state that was ever a party to the treaty, with its status on a date')
    .option('--as-of <date>', 'the date (YYYY-MM-DD); default today')
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: { asOf?: string; format: Format; db?: string; pack?: string }) => {
      const day = parseDay(opts.asOf, '--as-of') ?? today();
      await withWs(opts, (ws) => {
        const rows = ws.store.members().map((m) => {
          const s = statusOn(m, day);
          return { code: m.code, name: m.name, status: s.status, basis: s.basis, since: s.since, cow: m.cow };
        });
        printRows(opts.format, ['code', 'name', 'status', 'basis', 'since'], rows);
      });
    });
}
