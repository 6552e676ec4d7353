import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));

/**
 * Compares a seeded summary with its golden file. A missing file and a difference both write
 * `<name>-changed.json` beside it for review and report false, everywhere: a test that wrote its own
 * expectation would pin nothing. Accept a reviewed change by renaming the file to `<name>.json`.
 */
export function matchesGolden(name: string, value: unknown): boolean {
  const text = JSON.stringify(value, null, 2) + '\n';
  const path = `${DIR}${name}.json`;
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return true;
  writeFileSync(`${DIR}${name}-changed.json`, text);
  return false;
}
