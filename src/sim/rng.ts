/**
 * The simulator's random numbers: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * from PractRand) seeded through splitmix32. Written here so results never depend on a library.
 */

/** splitmix32 step: a well-mixed 32-bit value from a counter, used only to seed sfc32. */
export function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** A seeded sfc32 generator; `next()` is uniform on [0, 1) with 32 bits of resolution. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    // Two seed words keep run streams apart: run k of seed s never equals run 0 of another seed.
    const s0 = splitmix32(seed >>> 0);
    const s1 = splitmix32((s0 ^ Math.imul(stream >>> 0, 0x85ebca6b)) >>> 0);
    this.a = s0;
    this.b = s1;
    this.c = splitmix32(s1 ^ 0x27d4eb2f);
    this.d = 1;
    // The first outputs of sfc32 are still correlated with the seed; the reference discards 12.
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** The next 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform on [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer on [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** A seed argument as a 32-bit unsigned integer; rejects anything else so "--seed 1.5" is an error. */
export function isSeed(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
}
