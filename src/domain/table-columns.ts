import { z } from 'zod';
import { IsoDay } from './dates.js';

/**
 * What a flat table's column holds, as every reader of the table must take it: `string` and `enum`
 * are text, `json` is text holding one JSON object, `date` is YYYY-MM-DD, `integer` and `number`
 * are decimal numbers, `boolean` is `true`/`false`. An empty CSV cell is a missing value.
 */
export const COLUMN_KINDS = ['string', 'enum', 'json', 'date', 'integer', 'number', 'boolean'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** One column as documented: name, kind, whether it may be empty, allowed values, meaning. */
export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly nullable: boolean;
  readonly values?: readonly string[];
  readonly description: string;
}

interface ColumnMeta {
  readonly kind: ColumnKind;
  readonly description: string;
}

const inner = {
  string: () => z.string().min(1),
  json: () => z.string().refine((s) => /^\{.*\}$/s.test(s), 'expected a JSON object'),
  date: () => IsoDay,
  integer: () => z.number().int(),
  number: () => z.number(),
  boolean: () => z.boolean(),
} satisfies Record<Exclude<ColumnKind, 'enum'>, () => z.ZodType>;
type ScalarKind = keyof typeof inner;
type Scalar<K extends ScalarKind> = ReturnType<(typeof inner)[K]>;

/**
 * The column builders of a table schema: each is a zod schema carrying its kind and description as
 * metadata, so the schema is the one place a table's columns are defined and documented.
 */
export const column = {
  required: <K extends ScalarKind>(kind: K, description: string): Scalar<K> =>
    (inner[kind]() as Scalar<K>).meta({ kind, description } satisfies ColumnMeta) as Scalar<K>,
  optional: <K extends ScalarKind>(kind: K, description: string): z.ZodNullable<Scalar<K>> =>
    z.nullable(inner[kind]() as Scalar<K>).meta({ kind, description } satisfies ColumnMeta),
  enum: <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
    z.enum(values).meta({ kind: 'enum', description } satisfies ColumnMeta),
  optionalEnum: <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
    z
      .enum(values)
      .nullable()
      .meta({ kind: 'enum', description } satisfies ColumnMeta),
};

/** The documented columns of a table schema built with `column`, in order. */
export function columnsOf(table: z.ZodObject): ColumnSpec[] {
  return Object.entries(table.shape).map(([name, s]) => {
    const schema = s as z.ZodType;
    const meta = schema.meta() as ColumnMeta | undefined;
    if (meta === undefined) throw new TypeError(`column ${name} has no kind: build it with column.*`);
    const nullable = schema.safeParse(null).success;
    const base = (nullable ? (schema as z.ZodNullable<z.ZodType>).unwrap() : schema) as z.ZodType;
    const values = base instanceof z.ZodEnum ? (base.options as string[]) : undefined;
    return { name, kind: meta.kind, nullable, ...(values ? { values } : {}), description: meta.description };
  });
}

/** A value as one CSV cell (before quoting): missing is empty, booleans are `true`/`false`. */
export function cellText(v: string | number | boolean | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

const INTEGER_RE = /^-?\d+$/;
const NUMBER_RE = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Reads one cell by its column's documented kind and nothing else: no guessing. Returns the typed
 * value, or an error message naming what was expected.
 */
export function readCell(col: ColumnSpec, text: string): { value: string | number | boolean | null } | { error: string } {
  if (text === '') return col.nullable ? { value: null } : { error: 'empty, but the column is required' };
  switch (col.kind) {
    case 'integer':
      return INTEGER_RE.test(text) ? { value: Number(text) } : { error: `${JSON.stringify(text)} is not an integer` };
    case 'number':
      return NUMBER_RE.test(text) ? { value: Number(text) } : { error: `${JSON.stringify(text)} is not a number` };
    case 'boolean':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: `${JSON.stringify(text)} is not true or false` };
    default:
      return { value: text };
  }
}

/**
 * Reads a record of CSV cells (header name → text) with a table schema: every cell converted by its
 * column's kind, then the whole row checked by the schema. Problems name the column.
 */
export function readRow<T extends z.ZodObject>(
  table: T,
  columns: readonly ColumnSpec[],
  cells: Readonly<Record<string, string>>,
): { row: z.infer<T> } | { problems: string[] } {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const col of columns) {
    const text = cells[col.name];
    if (text === undefined) {
      problems.push(`${col.name}: missing column`);
      continue;
    }
    const r = readCell(col, text);
    if ('error' in r) problems.push(`${col.name}: ${r.error}`);
    else out[col.name] = r.value;
  }
  for (const name of Object.keys(cells)) if (!columns.some((c) => c.name === name)) problems.push(`${name}: not a documented column`);
  if (problems.length) return { problems };
  const parsed = table.strict().safeParse(out);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { row: parsed.data as z.infer<T> };
}
