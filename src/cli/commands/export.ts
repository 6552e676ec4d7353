import type { Command } from 'commander';
import { renameSync, writeFileSync } from 'node:fs';
import { dbOption, packOption, withWs } from '../workspace-option.js';

/** `bloc export`: the whole chronicle as JSONL, in the form `bloc import` reads. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the whole chronicle as JSON Lines (the form bloc import reads)')
    .option('--out <file>', 'write to this file instead of stdout')
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: { out?: string; db?: string; pack?: string }) => {
      await withWs(opts, (ws) => {
        const text =
          ws.store
            .events()
            .map((e) => JSON.stringify(e))
            .join('\n') + '\n';
        if (opts.out === undefined) return void process.stdout.write(text);
        // Write beside and rename, so a crash never leaves a half-written export.
        const tmp = `${opts.out}.tmp-${process.pid}`;
        writeFileSync(tmp, text);
        renameSync(tmp, opts.out);
      });
    });
}
