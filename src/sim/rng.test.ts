import { describe, expect, it } from 'vitest';
import { Rng, isSeed, splitmix32 } from './rng.js';

describe('Rng (sfc32 seeded by splitmix32)', () => {
  it('gives the same numbers for the same seed and stream', () => {
    const a = new Rng(42, 7);
    const b = new Rng(42, 7);
    expect(Array.from({ length: 5 }, () => a.u32())).toEqual(Array.from({ length: 5 }, () => b.u32()));
  });

  it('keeps streams of one seed apart', () => {
    expect(new Rng(42, 0).u32()).not.toBe(new Rng(42, 1).u32());
    expect(new Rng(1, 0).u32()).not.toBe(new Rng(2, 0).u32());
  });

  it('is uniform on [0, 1) to within sampling error', () => {
    const r = new Rng(9);
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      sum += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
  });

  it('pins the first outputs so a change of generator is noticed', () => {
    const r = new Rng(1);
    expect([splitmix32(0), r.u32(), r.u32()]).toMatchInlineSnapshot(`
      [
        1684164658,
        1791455656,
        1622395050,
      ]
    `);
  });

  it('accepts only 32-bit unsigned whole numbers as seeds', () => {
    expect([isSeed(0), isSeed(4294967295), isSeed(-1), isSeed(1.5), isSeed(2 ** 32)]).toEqual([true, true, false, false, false]);
  });
});
