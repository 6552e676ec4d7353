// The generated parts of docs/exports.md: the events table's columns and the pandas and R calls that
// read it, rendered from the one schema of the row (EventTableRow in src/domain/event-table.ts), and
// the figures of the pack's export and of one brief, computed with the functions the commands use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBrief, withWorkspace } from '../src/compose/index.js';
import { DEFAULT_PACK_DIR, loadPack } from '../src/data/index.js';
import {
  EVENT_COLUMNS,
  EVENT_TYPE_NAMES,
  cowLookup,
  eventTableRow,
  typeCodes,
  type ColumnKind,
  type ColumnSpec,
} from '../src/domain/index.js';

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

/** The pack's events by type in the export: their codes, bloc's extension flag, and how many rows carry COW codes. */
export function typesTable(): string {
  const pack = loadPack(DEFAULT_PACK_DIR);
  const rows = pack.events.map((e) => eventTableRow(e, cowLookup(pack.members)));
  const lines = EVENT_TYPE_NAMES.map((type) => {
    const of = rows.filter((r) => r.type === type);
    const first = typeCodes(type);
    const cow = of.filter((r) => r.actor_cow !== null).length;
    return `| \`${type}\` | ${first.cameo ?? '–'} | ${first.cameo_extension ? 'yes' : ''} | ${first.plover ?? '–'} | ${of.length} | ${of.length ? cow : ''} |`;
  });
  const sources = rows.reduce((n, r) => n + r.source_count, 0);
  return [
    "| type | CAMEO | bloc's extension | PLOVER | events | with the actor's COW code |",
    '|---|---|---|---|---|---|',
    ...lines,
    `| all | | | | ${rows.length} | ${rows.filter((r) => r.actor_cow !== null).length} |`,
    '',
    `${rows.length} events, ${sources} sources (${(sources / rows.length).toFixed(2)} per event), pack ${pack.manifest.name} ${pack.manifest.version}.`,
  ].join('\n');
}

/** The brief of 2022-10-21 with the command's defaults: what each section found. */
export async function briefFigures(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bloc-docs-'));
  try {
    return await withWorkspace({ db: join(dir, 'bloc.db') }, async (ws) => {
      const b = await buildBrief(ws, { asOf: '2022-10-21' });
      const pending = b.pending.map((p) => `\`${p.event.id}\``).join(', ') || 'none';
      const desk =
        b.desk.rule === 'none'
          ? `none (${b.desk.reason})`
          : `${b.desk.rule} \`${b.desk.basis.id}\`: ${b.desk.request.requester} asks ${b.desk.request.asked} on ${b.desk.request.date}; ` +
            Object.entries(b.desk.assessment.distribution)
              .map(([k, v]) => `${k} ${(100 * v).toFixed(0)}%`)
              .join(', ');
      const outlook =
        'unavailable' in b.outlook
          ? b.outlook.unavailable
          : (() => {
              const r = b.outlook.result;
              const last = r.alliance.index.at(-1)!;
              return `${r.runs} runs, seed ${r.seed}: index ${r.alliance.index_start?.toFixed(1)} on ${r.as_of}; in ${last.month} median ${last.median.toFixed(1)}, 10-90% band ${last.p10.toFixed(1)}-${last.p90.toFixed(1)}`;
            })();
      return [
        '| section | as of 2022-10-21 |',
        '|---|---|',
        `| alliance index | ${b.indices.now.alliance.cohesion.toFixed(1)} (${b.indices.now.alliance.parties} parties, ${b.indices.now.alliance.full_members} full members); ${b.indices.series.length} points on the chart |`,
        `| events of the month | ${b.month.events.length} known by the day |`,
        `| pending requests | ${pending} |`,
        `| crisis desk | ${desk} |`,
        `| outlook (${b.outlook && 'result' in b.outlook ? b.outlook.result.horizon : ''} months) | ${outlook} |`,
      ].join('\n');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every generated block of docs/exports.md by name, rendered now. */
export async function exportBlocks(): Promise<Record<string, string>> {
  return {
    'events-columns': columnsTable(),
    'events-pandas': pandasSnippet(),
    'events-r': rSnippet(),
    'events-types': typesTable(),
    'brief-example': await briefFigures(),
  };
}

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
