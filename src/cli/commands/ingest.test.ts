import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../bench/corpus/generate.js';

// End to end through the built binary (`npm run build` first), as src/cli/cli.test.ts does.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = join(root, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'bloc-ingest-'));

function bloc(db: string, ...args: string[]) {
  // The chronicle's export runs to megabytes: lift spawnSync's 1 MB cap, which would cut it short.
  const r = spawnSync(process.execPath, [bin, ...args, '--db', db], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
// Two runs differ only in the export's header and the times records were stored: compare the rest.
const exported = (db: string): string =>
  bloc(db, 'export')
    .out.split('\n')
    .slice(1)
    .join('\n')
    .replace(/"(at|ingested_at)":"[^"]+"/g, '"$1":"T"');
const pending = (db: string): unknown[] => JSON.parse(bloc(db, 'review', 'list', '--format', 'json').out) as unknown[];
const walBytes = (db: string): number => (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
const lineCount = (text: string): number => text.split('\n').filter(Boolean).length;

describe('bloc ingest', () => {
  const small = join(dir, 'small');
  const corpus = join(dir, 'dense.jsonl');

  beforeAll(async () => {
    mkdirSync(small);
    await writeCorpus(join(small, 'generated.jsonl'), join(dir, 'small-gold.jsonl'), 20, 1, 11);
    writeFileSync(
      join(small, 'plain.txt'),
      'date 2031-04-02\nKyrgyzstan cancelled the CSTO exercise that was to be held on its territory in March 2031.\n',
    );
    await writeCorpus(corpus, join(dir, 'dense-gold.jsonl'), 3000, 1, 7);
  });

  it('proposes events for review and stores nothing in the chronicle until accepted', () => {
    const db = join(dir, 'review.db');
    const baseline = exported(db);
    const r = bloc(db, 'ingest', small);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^21 article\(s\): [1-9]\d* event\(s\) proposed, 0 accepted without review, [1-9]\d* waiting for review, \d+ undated, 0 already ingested, 0 rejected\n$/,
    );
    expect(exported(db)).toBe(baseline);
    expect(pending(db).length).toBeGreaterThan(0);
  });

  it('stores a directory once however often it is run (--accept: straight in, origin auto)', () => {
    const db = join(dir, 'twice.db');
    const baseline = lineCount(exported(db));
    const first = bloc(db, 'ingest', small, '--accept');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /^21 article\(s\): (\d+) event\(s\) proposed, [1-9]\d* accepted without review, \d+ waiting for review, \d+ undated, 0 already ingested, 0 rejected\n$/,
    );
    const once = exported(db);
    expect(lineCount(once)).toBeGreaterThan(baseline);
    expect(once).toContain('"origin":{"kind":"auto","at":"');
    const second = bloc(db, 'ingest', small, '--accept');
    expect(second.out).toMatch(
      /^21 article\(s\): 0 event\(s\) proposed, 0 accepted without review, 0 waiting for review, 0 undated, 21 already ingested, 0 rejected\n$/,
    );
    expect(exported(db)).toBe(once);
  });

  it('reports bad input and still stores the rest; --skip-bad exits 0', () => {
    const db = join(dir, 'bad.db');
    const file = join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      ['{not json', JSON.stringify({ id: 'ok', date: '2031-05-01', text: 'Tajikistan hosted CSTO drills in May 2031.' })].join('\n') + '\n',
    );
    const r = bloc(db, 'ingest', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:1: article: malformed JSON`);
    expect(r.out).toMatch(/^1 article\(s\): .* 1 rejected\n$/);
    expect(bloc(db, 'ingest', file, '--skip-bad').code).toBe(0);
  });

  it('matches one clean run after being killed with -9 mid-ingest and run again', async () => {
    const clean = join(dir, 'clean.db');
    expect(bloc(clean, 'ingest', corpus, '--accept').code).toBe(0);
    const want = exported(clean);

    const crashed = join(dir, 'crashed.db');
    const baseline = lineCount(exported(crashed));
    const child = spawn(process.execPath, [bin, 'ingest', corpus, '--accept', '--db', crashed], {
      stdio: 'ignore',
      env: { ...process.env, TZ: 'UTC' },
    });
    const exit = new Promise<NodeJS.Signals | null>((res) => child.once('exit', (_code, signal) => res(signal)));
    // Another connection would wait behind the writer's stream of commits, so watch the write-ahead
    // log instead: once it has grown, articles have been committed; then kill without warning.
    for (let i = 0; i < 400 && walBytes(crashed) < 256 * 1024; i++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGKILL');
    expect(await exit).toBe('SIGKILL');
    const partial = lineCount(exported(crashed));
    expect(partial).toBeGreaterThan(baseline);
    expect(partial).toBeLessThan(lineCount(want));

    const rerun = bloc(crashed, 'ingest', corpus, '--accept');
    expect(rerun.code).toBe(0);
    expect(rerun.out).toMatch(/[1-9]\d* already ingested/);
    expect(exported(crashed)).toBe(want);
    // Two full ingests of 3,000 articles, each a transaction with its proposals and audit entries.
  }, 240_000);
});
