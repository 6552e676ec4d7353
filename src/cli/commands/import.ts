import type { Command } from 'commander';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { lines } from '../../coder/index.js';
import { actorProblems, formatProblem, inputFiles } from '../../data/index.js';
import type { SourceLine } from '../../store/index.js';
import { CliError } from '../errors.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

const JSONL_NAME = /\.(jsonl|ndjson|json)$/i;

/** The lines of every source: files, directories (their JSON Lines files, recursively) and - (stdin). */
export async function* sourceLines(sources: readonly string[], stdin: Readable = process.stdin): AsyncGenerator<SourceLine> {
  for (const src of sources) {
    if (src === '-') {
      for await (const l of lines(stdin)) yield { file: '<stdin>', line: l.line, text: 'text' in l ? l.text : undefined };
      continue;
    }
    for await (const f of inputFiles(src, (name) => JSONL_NAME.test(name))) {
      if ('error' in f) throw new CliError(`${f.path}: ${f.error}`);
      for await (const l of lines(createReadStream(f.path))) yield { file: f.path, line: l.line, text: 'text' in l ? l.text : undefined };
    }
  }
}

/** `bloc import [FILE|DIR|-]...`: adds JSONL events (or a whole `bloc export`) to the store, all or nothing. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import JSONL events, or a bloc export (events, merges, reviews); all or nothing; prints every merge')
    .argument('[sources...]', 'JSON Lines files, directories, or - for stdin (default: stdin)')
    .option('--allow-future', 'accept events dated more than a year after their reported date (or today)')
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (given: string[], opts: { db?: string; pack?: string; allowFuture?: boolean }) => {
      if (given.length === 0 && process.stdin.isTTY) throw new CliError('import: give JSON Lines files, directories, or - to read stdin');
      const sources = given.length ? given : ['-'];
      const label = sources.join(' ');
      const tty = process.stderr.isTTY === true;
      await withWs(opts, async (ws) => {
        const r = await ws.store.importLines(sourceLines(sources), `bloc import ${label}`, {
          allowFuture: opts.allowFuture,
          // Actors are checked against the alliance's pack, as everywhere else.
          check: (e, file, line) => actorProblems(ws.alliance, e, file, line),
          onProgress: tty ? (n) => process.stderr.write(`\rbloc import: ${n.toLocaleString('en')} lines`) : undefined,
        });
        if (tty) process.stderr.write('\r\x1b[K');
        if (r.problemCount > 0) {
          for (const p of r.problems) process.stderr.write(formatProblem(p) + '\n');
          if (r.problemCount > r.problems.length) process.stderr.write(`... and ${r.problemCount - r.problems.length} more\n`);
          throw new CliError(`${label}: ${r.problemCount} problem(s); nothing was imported`);
        }
        for (const m of r.merges) process.stdout.write(`${m.file}:${m.line}: merged into ${m.into} (merge #${m.seq}: ${m.reason})\n`);
        const extra = [r.restoredMerges ? `${r.restoredMerges} merge(s) restored` : '', r.reviews ? `${r.reviews} review(s) restored` : '']
          .filter(Boolean)
          .join(', ');
        process.stdout.write(
          `${label}: ${r.records} record(s): ${r.inserted} new, ${r.merged} merged into existing events, ${r.same} already stored${extra ? `; ${extra}` : ''}\n`,
        );
        if (r.merges.length) process.stdout.write('bloc merges list shows every merge; bloc merges undo N reverses one\n');
      });
    });
}
