import { Option } from 'commander';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** The --format option every tabular command shares. */
export function formatOption(defaultFormat: Format = 'table'): Option {
  return new Option('--format <format>', 'output format').choices(FORMATS).default(defaultFormat);
}

export type Cell = string | number | boolean | null | undefined;

function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map((c) => csvCell(c)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return lines.join('\n') + '\n';
}

/** A plain aligned text table for terminals; long cells are cut so rows stay on one line. */
export function toTable(columns: readonly string[], rows: readonly Record<string, Cell>[], maxWidth = 60): string {
  const text = (v: Cell): string => {
    const s = v === null || v === undefined ? '' : String(v);
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  };
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => text(r[c]).length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return (
    [line([...columns]), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => text(r[c]))))].join('\n') + '\n'
  );
}

/** Writes rows in the chosen format; `json` prints `jsonValue` (the full records) when given. */
export function printRows(format: Format, columns: readonly string[], rows: readonly Record<string, Cell>[], jsonValue?: unknown): void {
  if (format === 'json') process.stdout.write(JSON.stringify(jsonValue ?? rows, null, 2) + '\n');
  else if (format === 'csv') process.stdout.write(toCsv(columns, rows));
  else process.stdout.write(toTable(columns, rows));
}
