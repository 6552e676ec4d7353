import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { simHistory, Workspace } from '../compose/index.js';
import type { SimResult } from '../sim/index.js';
import { createApp } from './app.js';
import { ApiError } from './errors.js';
import { startServer, type RunningServer } from './server.js';
import { simulateInWorker, type Simulate, type SimJob } from './sim-runner.js';
import { post, TOKEN } from './test-helpers/app.js';

let workspace: Workspace | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  workspace?.close();
  workspace = undefined;
});

const memory = (): Workspace => (workspace = new Workspace({ db: ':memory:' }));

/** A simulator stand-in whose runs finish only when the test says so, recording each job's signal. */
function heldSim() {
  const jobs: { signal: AbortSignal | undefined; finish: () => void }[] = [];
  const sim: Simulate = (_request, job: SimJob) =>
    new Promise<SimResult>((resolve) => jobs.push({ signal: job.signal, finish: () => resolve({ ok: true } as unknown as SimResult) }));
  return { sim, jobs };
}

const until = async (cond: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the server protects itself', () => {
  it('runs simulations one at a time with a short queue, and answers 429 beyond it', async () => {
    const { sim, jobs } = heldSim();
    const app = createApp({ workspace: memory(), token: TOKEN, simulate: sim, simulations: { running: 1, queued: 1, timeoutMs: 10_000 } });
    const ask = (seed: number) => app.request(post('/api/simulate', { horizon: 3, runs: 10, seed }, { token: null }));
    const first = ask(1);
    const second = ask(2);
    await until(() => jobs.length === 1);
    const third = await ask(3);
    expect(third.status).toBe(429);
    expect(((await third.json()) as { message: string }).message).toBe('too many simulations: 1 running and 1 waiting; try again shortly');
    expect(jobs).toHaveLength(1);
    jobs[0]!.finish();
    expect((await first).status).toBe(200);
    await until(() => jobs.length === 2);
    jobs[1]!.finish();
    expect((await second).status).toBe(200);
  });

  it('stops a simulation when its client disconnects', async () => {
    const { sim, jobs } = heldSim();
    server = await startServer({ workspace: memory(), token: TOKEN, port: 0, host: '127.0.0.1', simulate: sim });
    const abort = new AbortController();
    const pending = fetch(new URL('/api/simulate', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ horizon: 3, runs: 10, seed: 1 }),
      signal: abort.signal,
    }).catch(() => 'gone');
    await until(() => jobs.length === 1);
    expect(jobs[0]!.signal?.aborted).toBe(false);
    abort.abort();
    expect(await pending).toBe('gone');
    await until(() => jobs[0]!.signal?.aborted === true);
    expect(jobs[0]!.signal?.aborted).toBe(true);
  });

  it('runs the real simulator in a worker thread, stopped by its time limit or by an abort', async () => {
    const options = { history: simHistory(memory()), asOf: '2024-01-01', horizon: 120, runs: 20_000, seed: 1 };
    await expect(simulateInWorker(options, undefined, 1)).rejects.toThrow(/simulation stopped after 0 s: ask for fewer runs/);
    const abort = new AbortController();
    const running = simulateInWorker(options, abort.signal, 60_000);
    abort.abort();
    await expect(running).rejects.toBeInstanceOf(ApiError);
    const small = await simulateInWorker({ ...options, horizon: 3, runs: 20 }, undefined, 60_000);
    expect(small.alliance.index).toHaveLength(3);
  });

  it('refuses a body that is not UTF-8 instead of replacing its bytes', async () => {
    const app = createApp({ workspace: memory(), token: TOKEN });
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"horizon": 3, "scenario": "'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('"}'),
    ]);
    const r = await app.request(
      new Request('http://localhost/api/simulate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes }),
    );
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ message: 'the body is not valid UTF-8 text' });
  });

  it('answers only loopback Host names on a loopback bind (DNS rebinding)', async () => {
    const app = createApp({ workspace: memory(), token: TOKEN });
    const get = (host: string) => app.request(new Request('http://localhost/api/members', { headers: { host } }));
    expect((await get('evil.example:8080')).status).toBe(421);
    expect((await get('localhost:8080')).status).toBe(200);
    expect((await get('127.0.0.1')).status).toBe(200);
    expect((await get('[::1]:9000')).status).toBe(200);
    const open = createApp({ workspace: workspace!, token: TOKEN, loopbackOnly: false });
    expect((await open.request(new Request('http://localhost/api/members', { headers: { host: 'bloc.example' } }))).status).toBe(200);
  });

  it('answers a wrong method with 405 and the methods allowed', async () => {
    const app = createApp({ workspace: memory(), token: TOKEN });
    const r = await app.request('http://localhost/api/simulate');
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('POST');
    const m = await app.request(new Request('http://localhost/api/members/KAZ', { method: 'DELETE' }));
    expect(m.status).toBe(405);
    expect(m.headers.get('allow')).toBe('GET, HEAD');
    expect((await app.request('http://localhost/api/nothing-here')).status).toBe(404);
  });

  it('answers 503 with Retry-After when another process holds the store too long', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bloc-busy-')), 'bloc.db');
    workspace = new Workspace({ db: path, busyTimeoutMs: 20 });
    const app = createApp({ workspace, token: TOKEN });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const article = { id: 'busy-1', date: '2024-05-02', text: 'Tajikistan hosted CSTO drills on 1 May 2024.' };
      const r = await app.request(post('/api/ingest', article));
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(((await r.json()) as { message: string }).message).toBe(
        `${path} is busy: another process holds its write lock; try again in a moment`,
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});
