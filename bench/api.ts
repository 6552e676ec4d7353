// npm run bench:api: requests/s and p50/p99 latency of the API under 100 connections, and the
// dashboard's first-load JavaScript, gzipped. The server runs in a child process so the load
// generator does not share its event loop. The last line is one JSON object.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 100;
const TARGET_P99_MS = 25;
const TARGET_JS_KB = 300;
// Reads while simulations run: p99 within this and within this many times the unloaded p99.
const TARGET_MIXED_P99_MS = 50;
const TARGET_MIXED_RATIO = 2;
// Clients that keep a large simulation running throughout the mixed phase (each waits for its answer).
const SIM_CLIENTS = 2;

if (process.argv.includes('--serve')) {
  // Child mode: a server over a fresh store, printing its URL for the parent.
  const { startServer, WEB_ROOT } = await import('../src/api/index.js');
  const { Workspace } = await import('../src/compose/index.js');
  const workspace = new Workspace({ db: join(mkdtempSync(join(tmpdir(), 'bloc-bench-')), 'bloc.db') });
  const server = await startServer({ workspace, token: 'bench', port: 0, host: '127.0.0.1', webRoot: WEB_ROOT });
  process.stdout.write(`${server.url}\n`);
} else {
  await main();
}

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.stdout!.once('data', (d: Buffer) => resolve({ child, url: d.toString().trim() }));
  });
}

interface Figures {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, requests: autocannon.Request[]): Promise<Figures> {
  // One round first, so each distinct request is computed once before it is measured (the cache's steady state).
  for (const r of requests)
    await fetch(new URL(r.path!, url), {
      method: r.method ?? 'GET',
      ...(r.body ? { body: r.body as string, headers: r.headers as Record<string, string> } : {}),
    });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests });
  return {
    rps: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

// The JavaScript the browser loads before the first page shows: index.html's module script and its preloads.
function dashboardJsGzipKb(): number | null {
  const root = fileURLToPath(new URL('../web/dist/', import.meta.url));
  if (!existsSync(join(root, 'index.html'))) return null;
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(root, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

// The load generator and the server share this machine's cores: other load skews the figures, so say what it was.
function load1(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

async function main(): Promise<void> {
  const loadBefore = load1();
  const { child, url } = await startChild();
  try {
    const actors = ['KAZ', 'KGZ', 'TJK', 'ARM', 'BLR', 'RUS', 'UZB', 'CSTO'];
    const events: autocannon.Request[] = [
      ...actors.map((a) => ({ method: 'GET' as const, path: `/api/events?actor=${a}&limit=50` })),
      ...[0, 50, 100, 150].map((o) => ({ method: 'GET' as const, path: `/api/events?order=desc&limit=50&offset=${o}` })),
      { method: 'GET', path: '/api/events?type=assistance&limit=100' },
      { method: 'GET', path: '/api/events?asOf=2022-10-21&from=2020-01-01&limit=100' },
    ];
    const days = Array.from({ length: 24 }, (_, i) => `${2000 + i}-06-30`);
    const indicators: autocannon.Request[] = [
      ...days.map((d) => ({ method: 'GET' as const, path: `/api/indicators?asOf=${d}` })),
      ...['KAZ', 'ARM', 'KGZ'].map((m) => ({ method: 'GET' as const, path: `/api/indicators?asOf=2022-10-21&member=${m}` })),
    ];
    // The monthly series is a 64 KB answer: measured on its own, with no target.
    const timeline: autocannon.Request[] = [
      { method: 'GET', path: '/api/timeline' },
      { method: 'GET', path: '/api/timeline?member=ARM' },
    ];
    const assessBody = (b: Record<string, unknown>) => ({
      method: 'POST' as const,
      path: '/api/assess',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(b),
    });
    const assess: autocannon.Request[] = [
      assessBody({ requester: 'KAZ', date: '2022-01-05', threat: 'internal_unrest', article: '4' }),
      assessBody({ requester: 'ARM', date: '2022-09-14', threat: 'external_attack', adversary: 'AZE', article: '4' }),
      assessBody({ requester: 'KGZ', date: '2010-06-12', threat: 'internal_unrest' }),
      assessBody({ requester: 'TJK', date: '2021-07-05', threat: 'border_clash', adversary: 'AFG' }),
    ];
    const out: Record<string, Figures> = {};
    for (const [name, reqs] of [
      ['events', events],
      ['indicators', indicators],
      ['timeline', timeline],
      ['assess', assess],
    ] as const) {
      out[name] = await load(url, reqs);
      const f = out[name]!;
      process.stdout.write(
        `${name.padEnd(11)} ${String(f.rps).padStart(7)} req/s   p50 ${f.p50_ms} ms   p99 ${f.p99_ms} ms   errors ${f.errors}   non-2xx ${f.non2xx}\n`,
      );
    }
    const mixed = await mixedWorkload(url, [...events, ...indicators]);
    const js = dashboardJsGzipKb();
    const loadAvg = { before: loadBefore, after: load1() };
    process.stdout.write(`load average (1 min): ${loadAvg.before} before, ${loadAvg.after} after\n`);
    process.stdout.write(js === null ? 'dashboard: not built (npm run build:web)\n' : `dashboard JS at first load: ${js} KB gzipped\n`);
    const pass =
      out['events']!.p99_ms <= TARGET_P99_MS &&
      out['indicators']!.p99_ms <= TARGET_P99_MS &&
      (js ?? Infinity) <= TARGET_JS_KB &&
      Object.values(out).every((f) => f.errors === 0 && f.non2xx === 0) &&
      mixed.pass;
    process.stdout.write(
      JSON.stringify({
        bench: 'api',
        connections: CONNECTIONS,
        seconds: SECONDS,
        ...out,
        mixed,
        dashboard_js_gzip_kb: js,
        load_avg_1m: loadAvg,
        targets: {
          p99_ms: TARGET_P99_MS,
          dashboard_js_gzip_kb: TARGET_JS_KB,
          mixed_p99_ms: TARGET_MIXED_P99_MS,
          mixed_ratio: TARGET_MIXED_RATIO,
        },
        pass,
      }) + '\n',
    );
  } finally {
    child.kill();
  }
}

/**
 * Reads at 100 connections (the events and indicators requests above), first alone, then while clients keep
 * maximum-size simulations running (each asks again as soon as it has its answer, with a new seed so
 * nothing is cached). Extra simulations beyond the server's queue get 429, counted, not failures.
 */
async function mixedWorkload(url: string, reads: autocannon.Request[]) {
  const alone = await load(url, reads);
  let running = true;
  let seed = 1000;
  const sims = { answered: 0, refused_429: 0, other: 0 };
  const client = async () => {
    while (running) {
      const r = await fetch(new URL('/api/simulate', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ horizon: 120, runs: 20_000, seed: seed++ }),
      }).catch(() => undefined);
      await r?.arrayBuffer();
      if (r?.status === 200) sims.answered++;
      else if (r?.status === 429) {
        sims.refused_429++;
        await new Promise((res) => setTimeout(res, 200));
      } else sims.other++;
    }
  };
  const clients = Array.from({ length: SIM_CLIENTS }, client);
  // Let the first simulations start before measuring.
  await new Promise((res) => setTimeout(res, 1000));
  const during = await load(url, reads);
  running = false;
  // Answers of simulations still running come back later; the clients stop after them.
  await Promise.race([Promise.all(clients), new Promise((res) => setTimeout(res, 120_000))]);
  const ratio = Math.round((during.p99_ms / Math.max(1, alone.p99_ms)) * 100) / 100;
  const pass =
    during.p99_ms <= TARGET_MIXED_P99_MS &&
    during.p99_ms <= TARGET_MIXED_RATIO * Math.max(1, alone.p99_ms) &&
    during.errors === 0 &&
    during.non2xx === 0 &&
    sims.other === 0;
  process.stdout.write(
    `mixed: reads alone p99 ${alone.p99_ms} ms (${alone.rps} req/s); with ${SIM_CLIENTS} clients simulating p99 ${during.p99_ms} ms (${during.rps} req/s), ` +
      `x${ratio}; simulations answered ${sims.answered}, refused 429 ${sims.refused_429}, other ${sims.other}\n`,
  );
  return { alone, during, p99_ratio: ratio, simulations: sims, pass };
}
