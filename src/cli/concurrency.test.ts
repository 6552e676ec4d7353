import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus/generate.js';

// Two `bloc ingest` processes and a server under read and write load, all on one store at once,
// must leave the same chronicle as one ingest run alone, and the server must never answer 5xx.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'bloc-concurrency-'));
const TOKEN = 'concurrency-test-token-0123';

const run = (child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((res) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => res({ code, out, err }));
  });
const bloc = (...args: string[]) => spawn(process.execPath, [bin, ...args], { env: { ...process.env, TZ: 'UTC', BLOC_TOKEN: TOKEN } });

// The records, with what legitimately differs between two runs taken out: the export's header, the
// times records were stored, and the order of review decisions.
function records(db: string): string[] {
  const out = spawnSync(process.execPath, [bin, 'export', '--db', db], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout;
  const lines = out
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/"(at|ingested_at)":"[^"]+"/g, '"$1":"T"'));
  const reviews = lines.filter((l) => l.startsWith('{"bloc_review"')).sort();
  return [...lines.filter((l) => !l.startsWith('{"bloc_review"')), ...reviews];
}

// A write for the load: an article proposed for review (proposals wait outside the chronicle, so
// the exported records stay those of the ingests).
const article = (n: number) =>
  JSON.stringify({ id: `load-${n}`, date: '2024-05-02', text: `Tajikistan hosted CSTO drills on 1 May 2024 (report ${n}).` });

describe('one store, many processes', () => {
  const corpus = join(dir, 'articles.jsonl');
  beforeAll(async () => {
    await writeCorpus(corpus, join(dir, 'gold.jsonl'), 400, 1, 5);
  });

  it('two ingests and a loaded server at once leave what one ingest leaves, with no 5xx', async () => {
    const serial = join(dir, 'serial.db');
    expect((await run(bloc('ingest', corpus, '--accept', '--db', serial))).code).toBe(0);

    const shared = join(dir, 'shared.db');
    expect((await run(bloc('status', '--db', shared))).code).toBe(0);
    const server = bloc('serve', '--port', '0', '--db', shared);
    const url = await new Promise<string>((res, rej) => {
      server.stdout!.on('data', (d: Buffer) => {
        const m = /serving the dashboard and API at (\S+)/.exec(d.toString());
        if (m) res(m[1]!);
      });
      server.once('exit', (code) => rej(new Error(`serve exited ${code}`)));
    });
    const statuses = new Map<number, number>();
    let load = true;
    let sent = 0;
    const client = async (k: number) => {
      const paths = ['/api/events?limit=50', '/api/members', '/api/events?actor=KGZ&limit=20', '/api/members/KAZ'];
      while (load) {
        const n = sent++;
        const write = n % 4 === 0;
        const r = await fetch(new URL(write ? '/api/ingest' : paths[(n + k) % paths.length]!, url), {
          method: write ? 'POST' : 'GET',
          ...(write ? { headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: article(n) } : {}),
        }).catch(() => undefined);
        await r?.arrayBuffer();
        const status = r?.status ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    };
    const clients = Array.from({ length: 8 }, (_, k) => client(k));
    const [a, b] = await Promise.all([
      run(bloc('ingest', corpus, '--accept', '--db', shared)),
      run(bloc('ingest', corpus, '--accept', '--db', shared)),
    ]);
    load = false;
    await Promise.all(clients);
    server.kill();
    expect([a.code, b.code, a.err, b.err]).toEqual([0, 0, '', '']);
    const fivexx = [...statuses].filter(([s]) => s >= 500 || s === 0);
    expect(fivexx).toEqual([]);
    expect(sent).toBeGreaterThan(50);
    // The load's articles (201) were proposed for review: they wait outside the chronicle.
    expect(statuses.get(201)).toBeGreaterThan(0);
    expect(records(shared)).toEqual(records(serial));
  }, 120_000);
});
