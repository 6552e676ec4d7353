import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { column, columnsOf, readRow } from './table-columns.js';

const Table = z.object({
  id: column.required('string', 'an id'),
  n: column.optional('integer', 'a count'),
  x: column.optional('number', 'a measure'),
  ok: column.required('boolean', 'a flag'),
  day: column.optional('date', 'a day'),
  colour: column.optionalEnum(['red', 'blue'], 'a colour'),
  more: column.optional('json', 'other things'),
});
const COLUMNS = columnsOf(Table);

describe('columnsOf()', () => {
  it('reads each column kind, whether it may be empty, its values and its meaning from the schema', () => {
    expect(COLUMNS.map((c) => [c.name, c.kind, c.nullable])).toEqual([
      ['id', 'string', false],
      ['n', 'integer', true],
      ['x', 'number', true],
      ['ok', 'boolean', false],
      ['day', 'date', true],
      ['colour', 'enum', true],
      ['more', 'json', true],
    ]);
    expect(COLUMNS[5]!.values).toEqual(['red', 'blue']);
    expect(COLUMNS[0]!.description).toBe('an id');
  });
});

describe('readRow()', () => {
  it('types every cell by its documented kind, empty cells as missing', () => {
    const r = readRow(Table, COLUMNS, { id: '007', n: '12', x: '1e-7', ok: 'false', day: '2024-02-29', colour: '', more: '{"a":1}' });
    expect(r).toEqual({ row: { id: '007', n: 12, x: 1e-7, ok: false, day: '2024-02-29', colour: null, more: '{"a":1}' } });
  });

  it('refuses what a guessing reader would coerce, naming the column', () => {
    const r = readRow(Table, COLUMNS, {
      id: '',
      n: '1.5',
      x: 'NaN',
      ok: 'yes',
      day: '2023-02-29',
      colour: 'green',
      more: '[1]',
      extra: '',
    });
    expect('problems' in r && r.problems).toEqual([
      'id: empty, but the column is required',
      'n: "1.5" is not an integer',
      'x: "NaN" is not a number',
      'ok: "yes" is not true or false',
      'extra: not a documented column',
    ]);
    const late = readRow(Table, COLUMNS, { id: 'a', n: '', x: '', ok: 'true', day: '2023-02-29', colour: 'green', more: '[1]' });
    expect('problems' in late && late.problems.map((p) => p.split(':')[0])).toEqual(['day', 'colour', 'more']);
  });
});
