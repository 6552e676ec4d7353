import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, EventTableRow, readRow, type EventTableRow as Row } from '../domain/index.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const bin = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'bloc-exports-'));

function bloc(db: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BLOC_DB: join(dir, db), TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The CSV export read the way docs/exports.md says: csv-parse splits cells, the schema types each one. */
function readEventsCsv(text: string): { header: string[]; rows: Row[]; problems: string[] } {
  const records = parse(text, { columns: true, skip_empty_lines: false, relax_column_count: false }) as Record<string, string>[];
  const header = text.slice(0, text.indexOf('\n')).split(',');
  const rows: Row[] = [];
  const problems: string[] = [];
  records.forEach((cells, i) => {
    const r = readRow(EventTableRow, EVENT_COLUMNS, cells);
    if ('row' in r) rows.push(r.row);
    else problems.push(...r.problems.map((p) => `row ${i + 2}: ${p}`));
  });
  return { header, rows, problems };
}

describe('bloc events --format csv', () => {
  const csv = bloc('pack.db', 'events', '--format', 'csv');
  const { header, rows, problems } = readEventsCsv(csv.out);

  it("has the documented columns, in order, and every cell of the pack's chronicle is of its column's kind", () => {
    expect(csv.err).toBe('');
    expect(csv.code).toBe(0);
    expect(header).toEqual(EVENT_COLUMNS.map((c) => c.name));
    expect(problems).toEqual([]);
    const all = JSON.parse(bloc('pack.db', 'events', '--format', 'json').out) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(all.map((e) => e.id));
    expect(rows.length).toBeGreaterThan(400);
  });

  it('gives a request its codes, states, details and sources', () => {
    const kaz = rows.find((r) => r.id === 'req-2022-01-05-kaz-csto')!;
    expect(kaz).toMatchObject({
      type: 'assistance.requested',
      cameo: '0232 / 0234',
      cameo_extension: false,
      plover: 'REQUEST',
      actor_iso3: 'KAZ',
      actor_cow: 705,
      target: 'CSTO',
      target_iso3: null,
      target_cow: null,
      date: '2022-01-05',
      date_precision: 'day',
      reported: '2022-01-06',
      known_from: '2022-01-06',
      threat: 'internal_unrest',
      outcome: 'deploy',
      episode: 'kaz-2022-01-unrest',
    });
    expect(kaz.sources.split(' ')[0]).toBe(kaz.source);
    expect(kaz.source_count).toBe(kaz.sources.split(' ').length);
  });

  it("flags bloc's own CAMEO extension on exactly the types the spec marks, and keeps UN votes without a code", () => {
    const flagged = [...new Set(rows.filter((r) => r.cameo_extension).map((r) => r.type))].sort();
    expect(flagged).toEqual(
      expect.arrayContaining(['membership.frozen', 'membership.suspended', 'membership.withdrew', 'summit.absent', 'declaration.refused']),
    );
    expect(flagged.every((t) => !['assistance.requested', 'clash', 'exercise.held'].includes(t))).toBe(true);
    const votes = rows.filter((r) => r.type === 'un.vote');
    expect(votes.length).toBeGreaterThan(100);
    expect(votes.every((r) => r.cameo === null && r.plover === null && r.resolution !== null && r.vote !== null)).toBe(true);
  });
});

describe('bloc events --format parquet', () => {
  it('reads back with a second reader (hyparquet) equal to the CSV, with typed columns', async () => {
    const file = join(dir, 'events.parquet');
    const r = bloc('pack.db', 'events', '--format', 'parquet', '--out', file);
    expect([r.code, r.err]).toEqual([0, '']);
    const bytes = readFileSync(file);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const meta = parquetMetadata(buffer);
    const types = Object.fromEntries(meta.schema.slice(1).map((s) => [s.name, s.converted_type ?? s.type]));
    expect(types).toMatchObject({ id: 'UTF8', actor_cow: 'INT32', date_start: 'DATE', cameo_extension: 'BOOLEAN', confidence: 'DOUBLE' });
    expect(meta.key_value_metadata?.find((kv) => kv.key === 'bloc.pack_version')?.value).toMatch(/^\d+\.\d+\.\d+$/);
    const back = (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[];
    const asCells = back.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v])),
    );
    const { rows } = readEventsCsv(bloc('pack.db', 'events', '--format', 'csv').out);
    expect(asCells).toEqual(rows);
  });

  it('writes the Parquet bytes to a pipe when no --out is given', () => {
    const r = bloc('pack.db', 'events', '--format', 'parquet', '--limit', '3');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('PAR1')).toBe(true);
  });
});

describe('bloc events --format jsonl', () => {
  it('reads back with bloc import: export, import into a new store, export again gives the same records', () => {
    const mine = join(dir, 'mine.jsonl');
    const record = {
      id: 'test-export-drill',
      type: 'exercise.held',
      actor: 'KAZ',
      target: 'CSTO',
      date: '2025-06',
      reported: '2025-07-01',
      source: 'https://example.org/drill',
      sources: ['https://example.org/drill', 'https://example.org/drill-2'],
      summary: 'An invented drill for the export test.',
      location: { name: 'Nowhere', lat: 45.5, lon: 70.25 },
      details: { name: 'Test Drill', participants: ['KAZ', 'KGZ'], umbrella: 'invented' },
    };
    writeFileSync(mine, JSON.stringify(record) + '\n');
    expect(bloc('a.db', 'import', mine).code).toBe(0);
    const first = join(dir, 'a.jsonl');
    expect(bloc('a.db', 'events', '--format', 'jsonl', '--out', first).code).toBe(0);
    const imported = bloc('b.db', 'import', first);
    expect([imported.code, imported.err]).toEqual([0, '']);
    const again = bloc('b.db', 'events', '--format', 'jsonl').out;
    expect(again).toBe(readFileSync(first, 'utf8'));
    const drill = again
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; codes: Record<string, unknown> })
      .find((e) => e.id === record.id)!;
    expect(drill).toMatchObject({ ...record, codes: { cameo: '062', actor_cow: 705, date_start: '2025-06-01', known_from: '2025-07-01' } });
  });
});
