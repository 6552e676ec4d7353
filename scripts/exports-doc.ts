// The generated parts of docs/exports.md: the events table's columns and the pandas and R calls that
// read it, all rendered from the one schema of the row (EventTableRow in src/domain/event-table.ts).
import { EVENT_COLUMNS, type ColumnKind, type ColumnSpec } from '../src/domain/index.js';

const KIND_TEXT: Record<ColumnKind, string> = {
  string: 'text',
  enum: 'text, one of',
  json: 'text: a JSON object',
  date: 'date (YYYY-MM-DD)',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean (`true`/`false`)',
};

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The columns as a markdown table: name, kind (with allowed values), whether it may be empty, meaning. */
export function columnsTable(columns: readonly ColumnSpec[] = EVENT_COLUMNS): string {
  const rows = columns.map((c) => {
    const kind = c.values ? `${KIND_TEXT[c.kind]} ${c.values.map((v) => `\`${v}\``).join(', ')}` : KIND_TEXT[c.kind];
    return `| \`${c.name}\` | ${cell(kind)} | ${c.nullable ? 'yes' : 'no'} | ${cell(c.description)} |`;
  });
  return ['| column | kind | may be empty | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

const PANDAS_DTYPE: Record<ColumnKind, string> = {
  string: 'string',
  enum: 'string',
  json: 'string',
  date: 'string',
  integer: 'Int64',
  number: 'float64',
  boolean: 'boolean',
};

/** pandas: every column's dtype given, nothing inferred; dates parsed with their one format. */
export function pandasSnippet(columns: readonly ColumnSpec[] = EVENT_COLUMNS): string {
  const dtypes = columns.map((c) => `    "${c.name}": "${PANDAS_DTYPE[c.kind]}",`);
  const dates = columns.filter((c) => c.kind === 'date').map((c) => `"${c.name}"`);
  return [
    '```python',
    'import pandas as pd',
    '',
    'DTYPES = {',
    ...dtypes,
    '}',
    `DATES = [${dates.join(', ')}]`,
    '',
    '# Only an empty cell is missing: "NA" or "None" in a name or a note stays text.',
    'events = pd.read_csv("events.csv", dtype=DTYPES, keep_default_na=False, na_values=[""])',
    'for c in DATES:',
    '    events[c] = pd.to_datetime(events[c], format="%Y-%m-%d")',
    '```',
  ].join('\n');
}

const R_CLASS: Record<ColumnKind, string> = {
  string: 'character',
  enum: 'character',
  json: 'character',
  date: 'Date',
  integer: 'integer',
  number: 'numeric',
  boolean: 'logical',
};

/** R (base): every column's class given; an empty cell is NA. */
export function rSnippet(columns: readonly ColumnSpec[] = EVENT_COLUMNS): string {
  const classes = columns.map((c, i) => `  ${c.name} = "${R_CLASS[c.kind]}"${i < columns.length - 1 ? ',' : ''}`);
  return [
    '```r',
    'classes <- c(',
    ...classes,
    ')',
    'events <- read.csv("events.csv", colClasses = classes, na.strings = "", encoding = "UTF-8")',
    '```',
  ].join('\n');
}

/** Every generated block of docs/exports.md by name. */
export const EXPORT_BLOCKS: Readonly<Record<string, () => string>> = {
  'events-columns': () => columnsTable(),
  'events-pandas': () => pandasSnippet(),
  'events-r': () => rSnippet(),
};

const pattern = (name: string): RegExp => new RegExp(`(<!-- generated:${name} -->\\n)([\\s\\S]*?)\\n?(<!-- /generated:${name} -->)`);

/** The current text of a generated block, or undefined when the document has none of that name. */
export function readBlock(doc: string, name: string): string | undefined {
  return pattern(name).exec(doc)?.[2];
}

/** The document with a generated block's text replaced; throws when its markers are missing. */
export function writeBlock(doc: string, name: string, text: string): string {
  if (!pattern(name).test(doc)) throw new Error(`no <!-- generated:${name} --> block`);
  return doc.replace(pattern(name), (_m, open: string, _old: string, close: string) => `${open}${text}\n${close}`);
}
