/**
 * `npm run bench:store`: `bloc import` of one million events, streamed from a file into a fresh
 * store, in a child process on one core: events/s and peak resident memory. The input is
 * generated from a fixed seed (a third of the records without an id, so the merge rule is
 * searched for them; some describe the same act again and merge). The last line is one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/domain/index.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const SEED = 13;
const TARGET_RATE = 20_000;
const TARGET_RSS_MB = 300;
const ACTORS = ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB', 'GEO', 'CHN', 'TUR', 'UKR', 'USA'];
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

async function writeInput(file: string): Promise<void> {
  const rand = seededRandom(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out = createWriteStream(file);
  let buf = '';
  for (let i = 0; i < EVENTS; i++) {
    const day = 8000 + Math.floor(rand() * 12000);
    const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    const kind = rand();
    const e =
      kind < 0.4
        ? { type: 'clash', actor: pick(ACTORS), target: pick(ACTORS), date, details: { fatalities: Math.floor(rand() * 5) } }
        : kind < 0.7
          ? { type: 'exercise.held', actor: pick(ACTORS), target: 'CSTO', date, details: { name: `Drill-${Math.floor(rand() * 50)}` } }
          : {
              type: 'un.vote',
              actor: pick(ACTORS),
              target: 'UN',
              date,
              details: { resolution: `R-${i}`, vote: pick(['yes', 'no', 'abstain']) },
            };
    const id = rand() < 0.67 ? { id: `bench-${i}` } : {};
    buf += JSON.stringify({ ...id, ...e, source: `https://example.org/${i}`, summary: `Benchmark event ${i}.`, reported: date }) + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

const dir = mkdtempSync(join(tmpdir(), 'bloc-bench-store-'));
const input = join(dir, 'events.jsonl');
const t0 = Date.now();
await writeInput(input);
process.stdout.write(
  `input: ${EVENTS.toLocaleString('en')} events, ${(statSync(input).size / 2 ** 20).toFixed(0)} MB (seed ${SEED}, ${((Date.now() - t0) / 1000).toFixed(1)} s to write)\n`,
);

// The built CLI, as a user runs it; GNU time reports the peak resident set of the whole process.
const db = join(dir, 'bloc.db');
const start = process.hrtime.bigint();
const r = spawnSync(
  '/usr/bin/time',
  [
    '-f',
    'maxrss_kb=%M user_s=%U sys_s=%S',
    'taskset',
    '-c',
    '0',
    process.execPath,
    join(root, 'dist/cli/main.js'),
    'import',
    input,
    '--db',
    db,
  ],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (r.status !== 0) throw new Error(`bloc import failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
const rss = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
// This machine's cores are shared: CPU seconds say what one core costs, whatever else runs.
const cpu = Number(/user_s=([\d.]+)/.exec(r.stderr)?.[1] ?? NaN) + Number(/sys_s=([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
const cpuRate = EVENTS / cpu;
const summary = r.stdout.trim().split('\n').at(-1) ?? '';
const rate = EVENTS / seconds;
process.stdout.write(`${summary}\n`);
process.stdout.write(
  `import: ${cpu.toFixed(1)} CPU s = ${Math.round(cpuRate).toLocaleString('en')} events per CPU second on one core (target >= ${TARGET_RATE.toLocaleString('en')}); ` +
    `${seconds.toFixed(1)} s wall = ${Math.round(rate).toLocaleString('en')} events/s at load ${loadavg()[0]!.toFixed(1)}; peak RSS ${rss.toFixed(0)} MB (target <= ${TARGET_RSS_MB})\n`,
);
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  JSON.stringify({
    bench: 'store-import',
    events: EVENTS,
    seed: SEED,
    seconds: Math.round(seconds * 10) / 10,
    cpu_seconds: Math.round(cpu * 10) / 10,
    events_per_cpu_s: Math.round(cpuRate),
    events_per_wall_s: Math.round(rate),
    load_1min: Math.round(loadavg()[0]! * 100) / 100,
    peak_rss_mb: Math.round(rss),
    rate_ok: cpuRate >= TARGET_RATE,
    rss_ok: rss <= TARGET_RSS_MB,
  }) + '\n',
);
