import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { ImportEvent } from '../../domain/index.js';
import { formatProblem, parseJsonLines, type InputProblem } from '../../data/index.js';
import { CliError } from '../errors.js';
import { dbOption, withStore } from '../store-option.js';

/** Reads and validates a JSONL file of events: all records, or every problem found. */
export function readImportFile(file: string): { records: ImportEvent[]; problems: InputProblem[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new CliError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const records: ImportEvent[] = [];
  const problems: InputProblem[] = [];
  for (const r of parseJsonLines(bytes, ImportEvent, file)) {
    if (r.ok) records.push(r.value);
    else problems.push(...r.problems);
  }
  return { records, problems };
}

/** `bloc import FILE`: adds JSONL events to the chronicle, all or nothing. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import JSONL events (type, actor, target, date, source, summary required); all or nothing')
    .argument('<file>', 'a JSON Lines file of events')
    .addOption(dbOption())
    .action(async (file: string, opts: { db?: string }) => {
      const { records, problems } = readImportFile(file);
      if (problems.length > 0) {
        for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
        throw new CliError(`${file}: ${problems.length} problem(s); nothing was imported`);
      }
      await withStore(opts.db, (store) => {
        const result = store.importEvents(records);
        process.stdout.write(
          `${file}: ${records.length} record(s): ${result.inserted.length} new, ${result.merged.length} merged into existing events\n`,
        );
      });
    });
}
