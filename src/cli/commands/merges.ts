import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { formatOption, printRows, type Format } from '../output.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

/** `bloc merges list|undo`: every merge the store made, and a way to reverse one. */
export function registerMerges(program: Command): void {
  const merges = program.command('merges').description('the records the store merged into other events, and how to undo a merge');
  merges
    .command('list')
    .description('every merge, oldest first: which record went into which event, and why')
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: { format: Format; db?: string; pack?: string }) => {
      await withWs(opts, (ws) => {
        const all = ws.store.merges();
        const rows = all.map((m) => ({
          seq: m.seq,
          into: m.into,
          date: m.record.date,
          type: m.record.type,
          source: m.record.source,
          reason: m.reason,
          undone_as: m.undone_as,
        }));
        printRows(opts.format, ['seq', 'into', 'date', 'type', 'source', 'reason', 'undone_as'], rows, all);
      });
    });
  merges
    .command('undo')
    .description('undo merge N: the record becomes its own event again, and the sources it added leave the other')
    .argument('<n>', 'the merge number (bloc merges list)')
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (n: string, opts: { db?: string; pack?: string }) => {
      if (!/^[1-9]\d*$/.test(n)) throw new CliError(`merge number: ${JSON.stringify(n)} is not a positive whole number`);
      await withWs(opts, (ws) => {
        const id = ws.store.undoMerge(Number(n));
        process.stdout.write(`merge #${n} undone: the record is now event ${id}\n`);
      });
    });
}
