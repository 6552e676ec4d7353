import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { ImportEvent, type Alliance } from '../../domain/index.js';
import { actorProblems, formatProblem, parseJsonLines, type InputProblem } from '../../data/index.js';
import { CliError } from '../errors.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

/** Reads and validates a JSONL file of events (actors checked against the alliance's pack): all records, or every problem found. */
export function readImportFile(file: string, alliance: Alliance): { records: ImportEvent[]; problems: InputProblem[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new CliError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const records: ImportEvent[] = [];
  const problems: InputProblem[] = [];
  for (const r of parseJsonLines(bytes, ImportEvent, file)) {
    if (!r.ok) {
      problems.push(...r.problems);
      continue;
    }
    const unknown = actorProblems(alliance, r.value, file, r.line);
    if (unknown.length) problems.push(...unknown);
    else records.push(r.value);
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
    .addOption(packOption())
    .action(async (file: string, opts: { db?: string; pack?: string }) => {
      await withWs(opts, (ws) => {
        const { records, problems } = readImportFile(file, ws.alliance);
        if (problems.length > 0) {
          for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
          throw new CliError(`${file}: ${problems.length} problem(s); nothing was imported`);
        }
        const result = ws.store.importEvents(records);
        process.stdout.write(
          `${file}: ${records.length} record(s): ${result.inserted.length} new, ${result.merged.length} merged into existing events\n`,
        );
      });
    });
}
