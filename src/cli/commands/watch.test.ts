import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Proposal } from '../../domain/index.js';
import { startFeedServer, type FeedServer } from '../../../test/feeds/feed-server.js';

// End to end through the built binary (`npm run build` first), against feeds served on 127.0.0.1.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = join(root, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'bloc-watch-cli-'));

// Asynchronous: the feed server runs in this process and must answer while the CLI waits.
function bloc(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, TZ: 'UTC' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('close', (code) => done({ code, out, err }));
  });
}

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({ hugeBytes: 3 * 1024 * 1024 });
});
afterAll(() => server.close());

describe('bloc watch --once', () => {
  const db = join(dir, 'bloc.db');
  const feeds = join(dir, 'feeds.txt');
  const limits = ['--host-interval', '0', '--timeout', '5', '--max-size', '1', '--db', db];

  it('proposes the events of the good feeds and reports each bad feed in one line', async () => {
    const good = ['/good.rss', '/atom.xml', '/feed.json', '/old-feed', '/gzip.rss', '/cp1251.rss'];
    const bad = ['/malformed.xml', '/broken.rss', '/missing.rss', '/slow.rss', '/huge.rss'];
    writeFileSync(
      feeds,
      [
        '# local test feeds',
        ...good.map((p) => `${server.url(p)}   # good`),
        ...bad.map((p) => server.url(p)),
        'ftp://feeds.invalid/x',
      ].join('\n'),
    );
    const r = await bloc('watch', '--once', '--feeds', feeds, ...limits);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines).toContain(`bloc watch: ${feeds}:13: not an http(s) URL: "ftp://feeds.invalid/x"`);
    for (const p of bad) expect(lines.filter((l) => l.startsWith(`bloc watch: ${server.url(p)}: `))).toHaveLength(1);
    expect(r.out).toMatch(
      /^11 feed\(s\): 6 ok, 0 not modified, 5 failed, 0 backing off; \d+ new item\(s\), 6 proposal\(s\) waiting for review/,
    );
    const list = JSON.parse((await bloc('review', 'list', '--format', 'json', '--db', db)).out) as Proposal[];
    expect(list.map((p) => `${p.type} ${p.actor} ${p.date}`).sort()).toEqual([
      'alignment.supported BLR 2031-07-01',
      'assistance.requested ARM 2031-06',
      'exercise.cancelled KGZ 2031-03',
      'exercise.held KAZ 2031-06-28',
      'exercise.held TJK 2031-05',
    ]);
    for (const p of list)
      expect(p).toMatchObject({ id: expect.stringMatching(/^p-/), status: 'pending', url: expect.stringContaining(server.base) });
    // Newest article first.
    expect(list.map((p) => p.reported)).toEqual([...list.map((p) => p.reported)].sort().reverse());
  });

  it('adds nothing when run again', async () => {
    const before = (await bloc('review', 'list', '--status', 'all', '--format', 'json', '--db', db)).out;
    const r = await bloc('watch', '--once', '--feeds', feeds, '--skip-bad', ...limits);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ 0 new item\(s\), 0 proposal\(s\) waiting for review/);
    expect((await bloc('review', 'list', '--status', 'all', '--format', 'json', '--db', db)).out).toBe(before);
  });

  it('--feed replaces the feeds file, and bloc feeds shows each feed state', async () => {
    const r = await bloc('watch', '--once', '--feed', server.url('/good.rss'), ...limits);
    expect(r.out).toMatch(/^1 feed\(s\): 0 ok, 1 not modified/);
    const status = JSON.parse((await bloc('feeds', '--format', 'json', '--db', db)).out) as {
      url: string;
      state: string;
      failures: number;
    }[];
    expect(status.find((f) => f.url === server.url('/good.rss'))).toMatchObject({ state: 'not_modified', failures: 0 });
    expect(status.find((f) => f.url === server.url('/broken.rss'))).toMatchObject({ state: 'error' });
  });

  it('bloc review does from the terminal what the review page does', async () => {
    const at = (...a: string[]) => bloc('review', ...a, '--db', db);
    const list = JSON.parse((await at('list', '--format', 'json')).out) as Proposal[];
    const kgz = list.find((p) => p.actor === 'KGZ')!;
    const blr = list.find((p) => p.actor === 'BLR')!;
    const shown = await at('show', kgz.id);
    expect(shown.out).toContain('»Kyrgyzstan cancelled the CSTO exercise that was to be held on its territory in March 2031.«');
    const bad = await at('accept', kgz.id, '--date', '2031-02-30', '--reviewer', 'tester');
    expect(bad).toMatchObject({ code: 1, err: expect.stringMatching(/^bloc: --date: .*\n$/) });
    const ok = await at(
      'accept',
      kgz.id,
      '--date',
      '2031-03-01',
      '--actor',
      'tjk',
      '--summary',
      'Test: an exercise called off.',
      '--reviewer',
      'tester',
    );
    expect(ok.out).toMatch(
      /^accepted p-\w+ as new event ev-\w+: 2031-03-01 exercise\.cancelled TJK → CSTO: Test: an exercise called off\.\n$/,
    );
    const exported = (await bloc('events', '--actor', 'TJK', '--from', '2031-03-01', '--to', '2031-03-01', '--format', 'json', '--db', db))
      .out;
    expect(JSON.parse(exported)).toEqual([
      expect.objectContaining({ origin: expect.objectContaining({ kind: 'reviewed', reviewer: 'tester' }) }),
    ]);
    expect((await at('reject', blr.id, '--reason', 'a vote, not an alliance act', '--reviewer', 'tester')).out).toBe(
      `rejected ${blr.id}\n`,
    );
    expect((await at('retract', kgz.id, '--reviewer', 'tester')).err).toMatch(/required option '--reason <text>'/);
    expect((await at('retract', kgz.id, '--reason', 'wrong state', '--reviewer', 'tester')).code).toBe(0);
    const log = JSON.parse((await at('log', '--format', 'json')).out) as { action: string; who: string; proposal_id: string }[];
    expect(log.map((e) => [e.action, e.who, e.proposal_id])).toEqual([
      ['retracted', 'tester', kgz.id],
      ['rejected', 'tester', blr.id],
      ['accepted', 'tester', kgz.id],
    ]);
    expect(
      JSON.parse(
        (await bloc('events', '--actor', 'TJK', '--from', '2031-03-01', '--to', '2031-03-01', '--format', 'json', '--db', db)).out,
      ),
    ).toEqual([]);
  });
});
