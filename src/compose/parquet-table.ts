import { parquetWriteBuffer, type SchemaElement } from 'hyparquet-writer';
import { dayOf, type ColumnKind, type ColumnSpec } from '../domain/index.js';

type Cell = string | number | boolean | null;

// Each documented kind as a Parquet column: text as UTF-8 strings (enums and JSON too, so every reader
// gets text), days as DATE, whole numbers as 32-bit integers, measures as doubles.
const PARQUET_TYPE: Record<ColumnKind, Pick<SchemaElement, 'type' | 'converted_type' | 'logical_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  enum: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  json: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  date: { type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } },
  integer: { type: 'INT32' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
};

/**
 * A table as one Parquet file (bytes), with the column types the documented kinds give and the
 * required columns marked so; `metadata` is written as the file's key-value metadata.
 */
export function parquetTable(
  columns: readonly ColumnSpec[],
  rows: readonly Readonly<Record<string, Cell>>[],
  metadata: Readonly<Record<string, string>> = {},
): ArrayBuffer {
  const schema: SchemaElement[] = [
    { name: 'root', num_children: columns.length },
    ...columns.map((c) => ({
      name: c.name,
      ...PARQUET_TYPE[c.kind],
      repetition_type: c.nullable ? ('OPTIONAL' as const) : ('REQUIRED' as const),
    })),
  ];
  const columnData = columns.map((c) => ({
    name: c.name,
    // DATE columns hold days since 1970-01-01.
    data: rows.map((r) => {
      const v = r[c.name] ?? null;
      return c.kind === 'date' && typeof v === 'string' ? dayOf(v) : v;
    }),
    nullable: c.nullable,
  }));
  return parquetWriteBuffer({
    columnData,
    schema,
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: 'bloc',
  });
}
