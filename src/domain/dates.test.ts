import { describe, expect, it } from 'vitest';
import { dayNumber, dayOf, intervalOf, monthSpan, spanToDate, yearSpan } from './dates.js';

describe('dayNumber()', () => {
  it('agrees with the calendar of Date.UTC for every day from 1890 to 2109, and refuses days that do not exist', () => {
    const wrong: string[] = [];
    for (let y = 1890; y < 2110; y++)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const t = Date.UTC(y, m - 1, d);
          const x = new Date(t);
          const real = x.getUTCFullYear() === y && x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
          if (dayNumber(y, m, d) !== (real ? t / 86_400_000 : undefined)) wrong.push(`${y}-${m}-${d}`);
        }
    expect(wrong).toEqual([]);
    expect(dayNumber(2024, 2, 29)).toBe(19782);
    expect(dayNumber(2023, 2, 29)).toBeUndefined();
  });
});

describe('spanToDate()', () => {
  it('names a span at the finest precision that covers all of it, and intervalOf() reads it back', () => {
    const day = dayOf('2022-01-05');
    expect(spanToDate({ first: day, last: day })).toBe('2022-01-05');
    expect(spanToDate(monthSpan(2024, 2))).toBe('2024-02');
    expect(spanToDate({ first: dayOf('2022-01-30'), last: dayOf('2022-02-02') })).toBe('2022');
    expect(spanToDate({ first: dayOf('2021-12-30'), last: dayOf('2022-01-02') })).toBeNull();
    for (const s of ['2022-01-05', '2024-02', '1999']) expect(spanToDate(intervalOf(s))).toBe(s);
    expect(intervalOf('2024-02')).toEqual({ ...monthSpan(2024, 2), precision: 'month' });
    expect(yearSpan(2024).last - yearSpan(2024).first).toBe(365);
  });
});
