import type { Command } from 'commander';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { CliError } from '../errors.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

const BATCH = 1 << 20;

function outError(file: string, err: unknown): CliError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'its folder does not exist'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (code ?? (err as Error).message);
  return new CliError(`--out: cannot write ${file}: ${why}; nothing was written`);
}

// Writes beside and renames, so a crash or a full disk never leaves a half-written export.
function writeFileAtomically(file: string, chunks: Iterable<string>): void {
  const tmp = `${file}.tmp-${process.pid}`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    let buf = '';
    for (const c of chunks) {
      buf += c;
      if (buf.length >= BATCH) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    if (buf) writeSync(fd, buf);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw outError(file, err);
  }
}

async function writeStdout(chunks: Iterable<string>): Promise<void> {
  let buf = '';
  for (const c of chunks) {
    buf += c;
    if (buf.length >= BATCH) {
      if (!process.stdout.write(buf)) await once(process.stdout, 'drain');
      buf = '';
    }
  }
  if (buf) process.stdout.write(buf);
}

/** `bloc export`: the whole store as JSONL, in the form `bloc import` reads (docs/store.md). */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the whole store as JSON Lines: a header line, events with origin and provenance, merges, reviews')
    .option('--out <file>', 'write to this file instead of stdout')
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: { out?: string; db?: string; pack?: string }) => {
      await withWs(opts, async (ws) => {
        const chunks = (function* () {
          for (const line of ws.store.exportLines()) yield line + '\n';
        })();
        if (opts.out === undefined) await writeStdout(chunks);
        else writeFileAtomically(opts.out, chunks);
      });
    });
}
