/**
 * Benchmark of the cohesion indicators (issue 3): the full monthly series for every member,
 * 1992-05 to today, from 1,000,000 synthetic events (budget 2 s), and single as-of queries
 * (budget 20 ms). Fixed seed and iteration counts; prints the median and spread, and the last
 * line is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { OUTCOMES, VOTES, dayString, seededRandom as rng, today, type EventType, type Member } from '../src/domain/index.js';
import { loadPack } from '../src/data/index.js';
import { prepareIndicators, type IndicatorEvent } from '../src/indicators/index.js';

const EVENTS = 1_000_000;
const SERIES_RUNS = 5;
const QUERIES = 200;
const SRC = 'https://example.org/bench';

const CODES: [string, number][] = [
  ['RUS', 365],
  ['BLR', 370],
  ['ARM', 371],
  ['KAZ', 705],
  ['KGZ', 703],
  ['TJK', 702],
  ['UZB', 704],
  ['AZE', 373],
  ['GEO', 372],
];
const members: Member[] = CODES.map(([code, cow]) => ({
  code,
  name: code,
  cow,
  intervals: [{ status: 'member', from: '1992-05-15', to: null, basis: 'de_jure', source: SRC }],
}));
const TYPES = [
  'exercise.held',
  'exercise.boycotted',
  'exercise.cancelled',
  'summit.absent',
  'declaration.refused',
  'assistance.requested',
  'alignment.diverged',
  'alignment.supported',
  'un.vote',
  'clash',
  'external.cooperation',
  'membership.joined',
] as const satisfies readonly EventType[];
const OUTSIDE = ['CHN', 'TUR', 'USA', 'EU', 'FRA', 'IND'];

/** A million plausible events, the same on every run. */
function synthesise(n: number, todayDay: number): IndicatorEvent[] {
  const next = rng(1992);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const first = Date.UTC(1992, 4, 15) / 86_400_000;
  const days = Array.from({ length: todayDay - first + 1 }, (_, i) => dayString(first + i));
  const codes = CODES.map(([c]) => c);
  const out: IndicatorEvent[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const type = pick(TYPES);
    const actor = pick(codes);
    const day = pick(days);
    const date = next() < 0.2 ? day.slice(0, 7) : day;
    const target = type === 'clash' ? pick(codes) : type === 'external.cooperation' ? pick(OUTSIDE) : type === 'un.vote' ? 'UN' : 'CSTO';
    const details: Record<string, unknown> =
      type === 'exercise.held'
        ? { participants: codes.filter(() => next() < 0.6) }
        : type === 'assistance.requested'
          ? { outcome: pick(OUTCOMES) }
          : type === 'un.vote'
            ? { resolution: `A/RES/${Math.floor(next() * 2000)}`, vote: pick(VOTES) }
            : type === 'clash'
              ? { fatalities: Math.floor(next() * 50) }
              : {};
    // Each type's details are drawn above; the record takes them as its type's.
    out[i] = {
      id: `b${i}`,
      type,
      actor,
      target,
      date,
      details,
      ...(next() < 0.1 ? { reported: pick(days) > day ? pick(days) : day } : {}),
    } as IndicatorEvent;
  }
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(1)} ms`;

const todayStr = today();
const todayDay = Date.parse(`${todayStr}T00:00:00Z`) / 86_400_000;
const t0 = performance.now();
const events = synthesise(EVENTS, todayDay);
const genMs = performance.now() - t0;

const seriesMs: number[] = [];
let checksum = 0;
// The CSTO pack's alliance (hegemon, forums, founding) over synthetic members and events.
const { alliance } = loadPack();
let engine = prepareIndicators({ alliance, members, summits: [], events, today: todayStr });
for (let run = 0; run < SERIES_RUNS; run++) {
  const t = performance.now();
  engine = prepareIndicators({ alliance, members, summits: [], events, today: todayStr });
  const series = engine.series();
  seriesMs.push(performance.now() - t);
  // Consume the results so the work cannot be optimised away.
  checksum += series.reduce((s, p) => s + p.alliance.cohesion + p.members.reduce((q, m) => q + m.cohesion, 0), 0);
}
const months = engine.series().length;

const next = rng(7);
const queryMs: number[] = [];
for (let q = 0; q < QUERIES; q++) {
  const day = dayString(Date.UTC(1992, 0, 1) / 86_400_000 + Math.floor(next() * (todayDay - Date.UTC(1992, 0, 1) / 86_400_000)));
  const t = performance.now();
  checksum += engine.asOf(day).alliance.cohesion;
  queryMs.push(performance.now() - t);
}

const seriesMedian = median(seriesMs);
const queryMedian = median(queryMs);
const queryMax = Math.max(...queryMs);
console.log(`synthetic events: ${EVENTS.toLocaleString('en')} (generated in ${ms(genMs)})`);
console.log(`full monthly series, ${members.length} members x ${months} months, compile included, ${SERIES_RUNS} runs:`);
console.log(`  median ${ms(seriesMedian)}, min ${ms(Math.min(...seriesMs))}, max ${ms(Math.max(...seriesMs))}  (budget 2000 ms)`);
console.log(`as-of query, ${QUERIES} random days: median ${ms(queryMedian)}, max ${ms(queryMax)}  (budget 20 ms)`);
console.log(`checksum ${checksum.toFixed(3)}`);
console.log(
  JSON.stringify({
    bench: 'indicators',
    events: EVENTS,
    members: members.length,
    months,
    series_ms_median: Number(seriesMedian.toFixed(1)),
    series_ms_max: Number(Math.max(...seriesMs).toFixed(1)),
    asof_ms_median: Number(queryMedian.toFixed(2)),
    asof_ms_max: Number(queryMax.toFixed(2)),
    series_ok: seriesMedian <= 2000,
    asof_ok: queryMax <= 20,
  }),
);
