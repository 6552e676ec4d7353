import { Option } from 'commander';
import { EVENT_COLUMNS, eventTableRow, withCodes, type Alliance, type ChronicleEvent, type CowLookup } from '../domain/index.js';
import { CliError } from './errors.js';
import { toCsv } from './output.js';
import { parquetTable } from '../compose/index.js';

export const EVENT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'parquet'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** --format for event listings: the terminal table, or one of the complete exports (docs/exports.md). */
export function eventFormatOption(): Option {
  return new Option(
    '--format <format>',
    'table, or a complete export: json, jsonl (bloc import reads it), csv, parquet (needs --out or a pipe)',
  )
    .choices(EVENT_FORMATS)
    .default('table');
}

/**
 * The events as a complete export: JSON and JSON Lines give each record whole with its standard
 * codes under `codes`; CSV and Parquet give the documented columns (docs/exports.md).
 */
export function formatEvents(
  format: Exclude<EventFormat, 'table'>,
  events: readonly ChronicleEvent[],
  cow: CowLookup,
  alliance: Pick<Alliance, 'pack'>,
): string | Uint8Array {
  switch (format) {
    case 'json':
      return (
        JSON.stringify(
          events.map((e) => withCodes(e, cow)),
          null,
          2,
        ) + '\n'
      );
    case 'jsonl':
      return events.map((e) => JSON.stringify(withCodes(e, cow)) + '\n').join('');
    case 'csv':
      return toCsv(
        EVENT_COLUMNS.map((c) => c.name),
        events.map((e) => eventTableRow(e, cow)),
      );
    case 'parquet':
      return new Uint8Array(
        parquetTable(
          EVENT_COLUMNS,
          events.map((e) => eventTableRow(e, cow)),
          { 'bloc.pack': alliance.pack.name, 'bloc.pack_version': alliance.pack.version, 'bloc.columns': 'docs/exports.md' },
        ),
      );
  }
}

/** Parquet is binary: refuse to print it on a terminal. */
export function checkBinaryTarget(format: EventFormat, out: string | undefined): void {
  if (format === 'parquet' && out === undefined && process.stdout.isTTY)
    throw new CliError('--format parquet: give --out FILE (or redirect stdout to a file); Parquet is binary');
}
