/**
 * Benchmark of the events exports (issue 15): flattening the chronicle into the documented table and
 * writing it as CSV and as Parquet (hyparquet-writer), for the data pack's events and for 100 copies
 * of them. Fixed iteration counts; prints the median and spread, and the last line is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_PACK_DIR, loadPack } from '../src/data/index.js';
import { EVENT_COLUMNS, cowLookup, eventTableRow, type EventTableRow } from '../src/domain/index.js';
import { parquetTable } from '../src/compose/index.js';

const RUNS = 7;
const COPIES = [1, 100];

// Same quoting rule as the CLI's CSV (RFC 4180), kept here so the bench measures bytes, not a copy of the CLI.
const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const names = EVENT_COLUMNS.map((c) => c.name);
const toCsv = (rows: readonly EventTableRow[]): string =>
  [names.join(','), ...rows.map((r) => names.map((n) => csvCell(r[n as keyof EventTableRow])).join(','))].join('\n') + '\n';

function timed<T>(work: () => T): { ms: number[]; last: T } {
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    last = work();
    ms.push(performance.now() - t);
  }
  return { ms: ms.sort((a, b) => a - b), last: last as T };
}

const median = (ms: readonly number[]): number => Number(ms[Math.floor(ms.length / 2)]!.toFixed(1));
const spread = (ms: readonly number[]): string => `${ms[0]!.toFixed(1)}-${ms[ms.length - 1]!.toFixed(1)}`;

const pack = loadPack(DEFAULT_PACK_DIR);
const cow = cowLookup(pack.members);
const result: Record<string, number> = {};
for (const copies of COPIES) {
  const events = Array.from({ length: copies }, () => pack.events).flat();
  const flat = timed(() => events.map((e) => eventTableRow(e, cow)));
  const rows = flat.last;
  const csv = timed(() => toCsv(rows));
  const parquet = timed(() => parquetTable(EVENT_COLUMNS, rows));
  const csvKiB = Buffer.byteLength(csv.last) / 1024;
  const pqKiB = parquet.last.byteLength / 1024;
  process.stdout.write(
    `${rows.length} events: flatten ${median(flat.ms)} ms (${spread(flat.ms)}), csv ${median(csv.ms)} ms (${spread(csv.ms)}, ${csvKiB.toFixed(0)} KiB), ` +
      `parquet ${median(parquet.ms)} ms (${spread(parquet.ms)}, ${pqKiB.toFixed(0)} KiB)\n`,
  );
  Object.assign(result, {
    [`events_${copies}x`]: rows.length,
    [`flatten_ms_${copies}x`]: median(flat.ms),
    [`csv_ms_${copies}x`]: median(csv.ms),
    [`parquet_ms_${copies}x`]: median(parquet.ms),
    [`csv_kib_${copies}x`]: Math.round(csvKiB),
    [`parquet_kib_${copies}x`]: Math.round(pqKiB),
  });
}
process.stdout.write(JSON.stringify(result) + '\n');
