import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, openSync, statSync, symlinkSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// End to end through the built binary (`npm run build` first): each defect gets one line, never a trace.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'bloc-defects-'));
chmodSync(dir, 0o755);

function bloc(args: string[], opts: { input?: string; env?: Record<string, string>; uid?: number } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input: opts.input ?? '',
    env: { ...process.env, TZ: 'UTC', ...opts.env },
    timeout: 60_000,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const oneLine = (err: string) => {
  expect(err).not.toMatch(/\n\s+at /);
  expect(err.trim().split('\n')).toHaveLength(1);
};
const event = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'exercise.held',
    actor: 'TJK',
    target: 'CSTO',
    date: '2024-05-01',
    source: 'https://example.org/e',
    summary: 'E.',
    ...over,
  });

describe('store errors', () => {
  it('refuses a damaged store in one line, and serve refuses to start on it', () => {
    const db = join(dir, 'damaged.db');
    expect(bloc(['status', '--db', db]).code).toBe(0);
    const size = statSync(db).size;
    const fd = openSync(db, 'r+');
    // Overwrite everything after the first page with noise: every table's pages are damaged.
    const noise = Buffer.alloc(size - 4096, 0x5a);
    writeSync(fd, noise, 0, noise.length, 4096);
    closeSync(fd);
    const events = bloc(['events', '--db', db]);
    expect(events.code).toBe(1);
    expect(events.err).toMatch(/^bloc: .*damaged\.db is damaged \(.*\): restore it from a backup \(see docs\/store\.md\)\n$/);
    oneLine(events.err);
    const serve = bloc(['serve', '--port', '0', '--db', db]);
    expect(serve.code).toBe(1);
    expect(serve.err).toMatch(/damaged\.db is damaged/);
    oneLine(serve.err);
  });

  it('reads a store it may not write, and says so when asked to write', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const db = join(ro, 'bloc.db');
    expect(bloc(['status', '--db', db]).code).toBe(0);
    const asRoot = process.getuid?.() === 0;
    // Root may write anything: the test runs the binary as nobody instead.
    if (asRoot) chmodSync(ro, 0o755);
    else {
      chmodSync(db, 0o444);
      chmodSync(ro, 0o555);
    }
    const who = asRoot ? { uid: 65534 } : {};
    const events = bloc(['events', '--limit', '3', '--format', 'json', '--db', db], who);
    expect(events.err).toBe('');
    expect(JSON.parse(events.out)).toHaveLength(3);
    const write = bloc(['import', '-', '--db', db], { ...who, input: event() + '\n' });
    expect(write.code).toBe(1);
    expect(write.err).toBe(`bloc: ${db} is read-only: it can be read, not written\n`);
  });

  it('explains an --out it cannot write', () => {
    const db = join(dir, 'out.db');
    const missing = bloc(['export', '--out', join(dir, 'no', 'such', 'x.jsonl'), '--db', db]);
    expect(missing.err).toBe(
      `bloc: --out: cannot write ${join(dir, 'no', 'such', 'x.jsonl')}: its folder does not exist; nothing was written\n`,
    );
    const folder = bloc(['export', '--out', dir, '--db', db]);
    expect(folder.code).toBe(1);
    oneLine(folder.err);
    expect(folder.err).toMatch(/--out: cannot write .*: (it is a directory|EISDIR)/);
  });
});

describe('input checks', () => {
  it('refuses javascript: and data: article URLs in the CLI as the API does', () => {
    const file = join(dir, 'urls.jsonl');
    const text = 'Kyrgyzstan cancelled the CSTO exercise planned for May 2024.';
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'js', date: '2024-05-02', url: 'javascript:alert(1)', text }),
        JSON.stringify({ id: 'data', date: '2024-05-02', url: 'data:text/html,x', text }),
      ].join('\n') + '\n',
    );
    const r = bloc(['ingest', file, '--db', join(dir, 'urls.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:1: article: url: expected an http(s) URL`);
    expect(r.err).toContain(`${file}:2: article: url: expected an http(s) URL`);
    expect(r.out).toMatch(/2 rejected/);
  });

  it('refuses dates more than a year after the reported date (or today) unless --allow-future', () => {
    const file = join(dir, 'future.jsonl');
    writeFileSync(
      file,
      [event(), event({ date: '2099-01-01', source: 'https://example.org/f' }), event({ date: '2025-07', reported: '2024-06-01' })].join(
        '\n',
      ) + '\n',
    );
    const db = join(dir, 'future.db');
    const r = bloc(['import', file, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(`${file}:2: date: 2099-01-01 is more than a year after today \\(\\d{4}-\\d\\d-\\d\\d\\); pass --allow-future`),
    );
    expect(r.err).toContain(`${file}:3: date: 2025-07 is more than a year after the reported date 2024-06-01`);
    const allowed = bloc(['import', file, '--allow-future', '--db', db]);
    expect(allowed.out).toMatch(/3 record\(s\): 3 new/);
  });

  it('reads each article once from a directory with a symlink loop', () => {
    const articles = join(dir, 'looped');
    mkdirSync(articles);
    writeFileSync(
      join(articles, 'a.jsonl'),
      JSON.stringify({ id: 'a', date: '2024-05-02', text: 'Tajikistan hosted CSTO drills in May 2024.' }) + '\n',
    );
    symlinkSync(articles, join(articles, 'again'));
    const r = bloc(['extract', articles]);
    expect(r.err).toBe('');
    const events = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { article_id: string });
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.article_id)).toEqual(events.slice(0, events.length).map(() => 'a'));
    expect(bloc(['ingest', articles, '--db', join(dir, 'looped.db')]).out).toMatch(/^1 article\(s\)/);
  });

  it('names a field of the wrong type as such, not as missing', () => {
    const file = join(dir, 'types.jsonl');
    writeFileSync(
      file,
      [JSON.stringify({ id: 5, date: '2024-05-02', text: 'x' }), JSON.stringify({ date: '2024-05-02', text: 'y' })].join('\n') + '\n',
    );
    const r = bloc(['ingest', file, '--db', join(dir, 'types.db')]);
    expect(r.err).toContain(`${file}:1: article: id: expected string, got number`);
    expect(r.err).toContain(`${file}:2: article: missing id`);
  });

  it('validates numeric options', () => {
    const db = join(dir, 'num.db');
    expect(bloc(['events', '--limit', '-1', '--db', db]).err).toBe('bloc: --limit: "-1" is not a whole number (0 or more)\n');
    expect(bloc(['events', '--limit', 'abc', '--db', db]).err).toBe('bloc: --limit: "abc" is not a whole number (0 or more)\n');
    expect(bloc(['status', '--latest', '-3', '--db', db]).err).toBe('bloc: --latest: "-3" is not a whole number (0 or more)\n');
    expect(bloc(['events', '--limit', '2', '--format', 'json', '--db', db]).code).toBe(0);
  });

  it('imports from - and from directories', () => {
    const db = join(dir, 'sources.db');
    const stdin = bloc(['import', '-', '--db', db], { input: event({ id: 'from-stdin' }) + '\n' });
    expect(stdin.out).toBe('-: 1 record(s): 1 new, 0 merged into existing events, 0 already stored\n');
    const folder = join(dir, 'events');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(join(folder, 'one.jsonl'), event({ id: 'one' }) + '\n');
    writeFileSync(join(folder, 'nested', 'two.jsonl'), event({ id: 'two' }) + '\n');
    writeFileSync(join(folder, 'notes.txt'), 'not events');
    expect(bloc(['import', folder, '--db', db]).out).toMatch(/2 record\(s\): 2 new/);
  });

  it('refuses a BLOC_TOKEN too short to protect writes', () => {
    const r = bloc(['serve', '--port', '0', '--db', join(dir, 'token.db')], { env: { BLOC_TOKEN: 'abc' } });
    expect(r.code).toBe(1);
    expect(r.err).toBe('bloc: BLOC_TOKEN is 3 character(s): use at least 16, or unset it to get a generated one\n');
  });
});
