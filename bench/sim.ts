/**
 * `npm run bench:sim`: member-months simulated per second on one core, and peak memory as the
 * number of runs grows. Fixed seed, as-of day and horizon; the tallies are consumed so no work is
 * skipped. The last line is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { loadPack } from '../src/data/index.js';
import { historyOf, prepareSimulation, runInto } from '../src/sim/index.js';

const AS_OF = '2026-11-01';
const HORIZON = 36;
const SEED = 20260101;
const REPEATS = 7;
const SIZES = [2_500, 10_000, 40_000];

const pack = loadPack();
const history = historyOf(pack, pack.manifest.curated_to);
const t0 = performance.now();
const prepared = prepareSimulation({ history, asOf: AS_OF, horizon: HORIZON, runs: 1, seed: SEED });
const prepareMs = performance.now() - t0;
const members = prepared.plan.codes.length;

let sink = 0;
function timed(runs: number): { seconds: number; heapMb: number } {
  const t = performance.now();
  const tally = runInto(prepared.plan, SEED, 0, runs);
  const seconds = (performance.now() - t) / 1000;
  for (const x of tally.histogram) sink += x;
  return { seconds, heapMb: process.memoryUsage().heapUsed / 2 ** 20 };
}

timed(2_000); // warm-up: let the JIT compile the loop before the clock counts
const rates: number[] = [];
for (let k = 0; k < REPEATS; k++) rates.push((10_000 * HORIZON * members) / timed(10_000).seconds);
rates.sort((a, b) => a - b);
const memory = SIZES.map((runs) => {
  const r = timed(runs);
  return {
    runs,
    seconds: Number(r.seconds.toFixed(3)),
    heap_mb: Number(r.heapMb.toFixed(1)),
    max_rss_mb: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
  };
});
const median = rates[Math.floor(rates.length / 2)]!;
for (const m of memory) process.stdout.write(`runs ${m.runs}: ${m.seconds}s, heap ${m.heap_mb} MB, peak RSS ${m.max_rss_mb} MB\n`);
process.stdout.write(
  `member-months/s over ${REPEATS} × 10,000 runs × ${HORIZON} months × ${members} members: median ${Math.round(median).toLocaleString('en')} (min ${Math.round(rates[0]!).toLocaleString('en')}, max ${Math.round(rates.at(-1)!).toLocaleString('en')})\n`,
);
process.stdout.write(
  JSON.stringify({
    bench: 'sim',
    as_of: AS_OF,
    horizon: HORIZON,
    members,
    seed: SEED,
    prepare_ms: Number(prepareMs.toFixed(1)),
    member_months_per_s: { median: Math.round(median), min: Math.round(rates[0]!), max: Math.round(rates.at(-1)!) },
    target_per_s: 2_000_000,
    memory,
    checksum: sink,
  }) + '\n',
);
