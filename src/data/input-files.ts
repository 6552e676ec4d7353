import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A file found under the paths a command was given, or a path that could not be read. */
export type InputFile = { readonly path: string } | { readonly path: string; readonly error: string };

/**
 * The files under `path` (itself, or a directory's files whose names `accept` takes, recursively,
 * sorted, hidden ones skipped). A directory reached twice through a symbolic link (a loop, or two
 * links to one place) is read once, so no file is read twice.
 */
export async function* inputFiles(path: string, accept: (name: string) => boolean, seen = new Set<string>()): AsyncGenerator<InputFile> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield { path, error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    return;
  }
  if (!info.isDirectory()) {
    const real = await realpath(path);
    if (!seen.has(real)) {
      seen.add(real);
      yield { path };
    }
    return;
  }
  const real = await realpath(path);
  if (seen.has(real)) return;
  seen.add(real);
  const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
  for (const name of names) {
    const child = join(path, name);
    const s = await stat(child).catch(() => undefined);
    if (s?.isDirectory() || (s !== undefined && accept(name))) yield* inputFiles(child, accept, seen);
  }
}
