import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { CliError } from './errors.js';

function why(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  return code ?? (err as Error).message;
}

/**
 * Writes a whole output to `--out FILE` (beside it, then renamed, so a crash never leaves half a
 * file) or to stdout; a file that cannot be written is one line naming it.
 */
export function writeOut(out: string | undefined, data: string | Uint8Array, option = '--out'): void {
  if (out === undefined) {
    process.stdout.write(data);
    return;
  }
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, out);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new CliError(`${option}: cannot write ${out}: ${why(err)}; nothing was written`);
  }
}
