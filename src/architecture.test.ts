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
const root = resolve(src, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

interface Import {
  readonly file: string;
  readonly from: string;
  readonly spec: string;
  readonly typeOnly: boolean;
}

// Every import and re-export of the files, with the file named relative to `base`.
function importsOf(files: readonly string[], base: string): Import[] {
  return files.flatMap((file) => {
    const from = relative(base, file).split('/')[0]!;
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/^\s*(import|export)\s+(type\s)?[^;]*?from\s+'([^']+)'/gms)].map((m) => ({
      file: relative(base, file),
      from,
      spec: m[3]!,
      typeOnly: m[2] !== undefined,
    }));
  });
}

// Every file under src/, tests and their helpers included: a test obeys its layer's direction too.
const imports = importsOf(sourceFiles(src), src);
// Outside src/: the dashboard, the benchmarks, the scripts and the end-to-end tests (named from the root).
const outside = ['web/src', 'bench', 'scripts', 'test'].flatMap((dir) => importsOf(sourceFiles(join(root, dir)), root));

describe('the architecture', () => {
  it('lets each layer import only from upstream of itself', () => {
    const wrong = imports
      .filter((i) => i.spec.startsWith('.'))
      .map((i) => ({ ...i, to: relative(src, resolve(src, dirname(i.file), i.spec)).split('/')[0]! }))
      // A test may use the benchmarks' seeded corpus generator and the recorded feed server of test/feeds;
      // nothing else in src/ reaches outside it.
      .filter((i) => !(/\.test\.ts$/.test(i.file) && i.to === '..' && /\/(bench\/corpus|test\/feeds)\//.test(i.spec)))
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

  it('lets the dashboard, benchmarks, scripts and end-to-end tests reach src/ only through a layer index', () => {
    const deep = outside
      .filter((i) => i.spec.startsWith('.'))
      .map((i) => ({ ...i, target: relative(src, resolve(root, dirname(i.file), i.spec)) }))
      .filter((i) => !i.target.startsWith('..'))
      .filter((i) => !/^[a-z]+\/index\.js$/.test(i.target))
      .map((i) => `${i.file} imports ${i.spec}`);
    expect(deep).toEqual([]);
  });

  it('lets the dashboard take only types from src/, so no server code is bundled', () => {
    const runtime = outside
      .filter((i) => i.file.startsWith('web/') && i.spec.startsWith('.') && !i.typeOnly)
      .filter((i) => !relative(src, resolve(root, dirname(i.file), i.spec)).startsWith('..'))
      .map((i) => `${i.file} imports ${i.spec}`);
    expect(runtime).toEqual([]);
  });

  it('keeps SQLite inside src/store', () => {
    const sqlite = [...imports, ...outside]
      .filter((i) => i.spec === 'better-sqlite3' && i.from !== 'store' && !i.file.endsWith('.test.ts'))
      .map((i) => i.file);
    expect(sqlite).toEqual([]);
  });
});
