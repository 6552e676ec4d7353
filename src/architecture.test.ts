import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Data flows one way (README, "Layout"); each layer may import only from the layers listed here.
const UPSTREAM: Record<string, readonly string[]> = {
  domain: [],
  data: ['domain'],
  // feeds fetch and read news sources (no store, no coder); watch polls them, codes each item and
  // proposes its events to the store, so it sits between coder/store and compose.
  feeds: ['domain'],
  coder: ['domain', 'data'],
  store: ['domain', 'data'],
  watch: ['domain', 'data', 'feeds', 'coder', 'store'],
  indicators: ['domain', 'data'],
  model: ['domain', 'data', 'indicators'],
  sim: ['domain', 'data', 'indicators', 'model'],
  compose: ['domain', 'data', 'feeds', 'coder', 'store', 'watch', 'indicators', 'model', 'sim'],
  api: ['domain', 'data', 'feeds', 'coder', 'store', 'watch', 'indicators', 'model', 'sim', 'compose'],
  cli: ['domain', 'data', 'feeds', 'coder', 'store', 'watch', 'indicators', 'model', 'sim', 'compose', 'api'],
};

const src = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

const imports = sourceFiles(src).flatMap((file) => {
  const from = relative(src, file).split('/')[0]!;
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => ({
    file: relative(src, file),
    from,
    spec: m[1]!,
  }));
});

describe('the architecture', () => {
  it('lets each layer import only from upstream of itself', () => {
    const wrong = imports
      .filter((i) => i.spec.startsWith('.'))
      .map((i) => ({ ...i, to: relative(src, resolve(src, dirname(i.file), i.spec)).split('/')[0]! }))
      .filter((i) => i.to !== i.from && UPSTREAM[i.from] !== undefined && !UPSTREAM[i.from]!.includes(i.to))
      .map((i) => `${i.file} imports ${i.spec}`);
    expect(wrong).toEqual([]);
  });

  it('reaches another layer only through its index', () => {
    const deep = imports
      .filter((i) => i.spec.startsWith('.'))
      .map((i) => ({ ...i, target: relative(src, resolve(src, dirname(i.file), i.spec)) }))
      .filter((i) => i.target.split('/')[0] !== i.from && UPSTREAM[i.target.split('/')[0]!] !== undefined)
      .filter((i) => !/^[a-z]+\/index\.js$/.test(i.target))
      .map((i) => `${i.file} imports ${i.spec}`);
    expect(deep).toEqual([]);
  });

  it('keeps SQLite inside src/store', () => {
    const sqlite = imports.filter((i) => i.spec === 'better-sqlite3' && i.from !== 'store').map((i) => i.file);
    expect(sqlite).toEqual([]);
  });
});
