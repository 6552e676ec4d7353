import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The inputs named in the README's commands: every argument of extract, ingest and import that is
// neither an option nor an option's value, nor a file an earlier command writes.
function inputsOf(readme: string): string[] {
  const written = new Set<string>();
  const inputs: string[] = [];
  for (const raw of readme.split('\n')) {
    const line = raw.split(' #')[0]!.trim();
    const m = /^npx bloc (\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const tokens = m[2]!.split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t === '--out' || t === '>') written.add(tokens[++i]!);
      else if (t.startsWith('--')) i++;
      else if (['extract', 'ingest', 'import'].includes(m[1]!) && !written.has(t)) inputs.push(t);
    }
  }
  return inputs;
}

describe('the README', () => {
  it('runs its examples on files that exist in the repository', () => {
    const inputs = inputsOf(readFileSync(join(root, 'README.md'), 'utf8'));
    expect(inputs.length).toBeGreaterThanOrEqual(4);
    expect(inputs.filter((f) => !existsSync(join(root, f)))).toEqual([]);
  });
});
