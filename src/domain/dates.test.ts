import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.js';

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
