import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFiles } from './input-files.js';

async function collect(path: string): Promise<string[]> {
  const out: string[] = [];
  for await (const f of inputFiles(path, (n) => n.endsWith('.jsonl'))) out.push('error' in f ? `! ${f.path}` : f.path);
  return out;
}

describe('inputFiles()', () => {
  it('reads each file once under a directory with a symlink loop', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bloc-inputs-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'one.jsonl'), '{}\n');
    writeFileSync(join(root, 'a', 'skip.txt'), 'x');
    symlinkSync(root, join(root, 'a', 'loop'));
    symlinkSync(join(root, 'a'), join(root, 'b'));
    expect(await collect(root)).toEqual([join(root, 'a', 'one.jsonl')]);
  });

  it('names a path it cannot read', async () => {
    expect(await collect('/nonexistent/x.jsonl')).toEqual(['! /nonexistent/x.jsonl']);
  });
});
