import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));

/**
 * Compares a seeded summary with its golden file. A missing file is written (outside CI); a difference writes
 * `<name>-changed.json` beside it for review and reports false, so a change is never silent.
 */
export function matchesGolden(name: string, value: unknown): boolean {
  const text = JSON.stringify(value, null, 2) + '\n';
  const path = `${DIR}${name}.json`;
  if (!existsSync(path)) {
    // On CI a missing golden file is a failure: it would otherwise pass without pinning anything.
    if (process.env['CI']) return false;
    writeFileSync(path, text);
    return true;
  }
  if (readFileSync(path, 'utf8') === text) return true;
  writeFileSync(`${DIR}${name}-changed.json`, text);
  return false;
}
