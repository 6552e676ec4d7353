import { Rng } from '../rng.js';

/** One forecast case: its origin's position, the forecasts of the model and both baselines, and what happened. */
export interface Case {
  readonly origin: number;
  readonly model: number;
  readonly climatology: number;
  readonly persistence: number;
  readonly outcome: 0 | 1;
}

/** Mean squared error of probability forecasts. */
export function brier(cases: readonly Case[], pick: (c: Case) => number): number {
  let s = 0;
  for (const c of cases) s += (pick(c) - c.outcome) ** 2;
  return cases.length ? s / cases.length : Number.NaN;
}

/** Brier skill score 1 - BS/BS_ref; null when the reference is perfect (nothing to beat). */
export function skill(bs: number, ref: number): number | null {
  return ref > 0 ? 1 - bs / ref : null;
}

/** The value at quantile q of sorted numbers (linear interpolation). */
function quantile(sorted: readonly number[], q: number): number {
  const x = q * (sorted.length - 1);
  const lo = Math.floor(x);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (x - lo);
}

/**
 * 90% intervals of both skill scores by a moving-block bootstrap over origins: consecutive origins
 * share 9 of their 12 months, so resampling single cases would understate the spread.
 */
export function bootstrapSkill(
  cases: readonly Case[],
  origins: number,
  seed: number,
  resamples = 2000,
  block = 4,
): { bss_climatology: [number, number] | null; bss_persistence: [number, number] | null } {
  const byOrigin: Case[][] = Array.from({ length: origins }, () => []);
  for (const c of cases) byOrigin[c.origin]!.push(c);
  const rng = new Rng(seed, 0x5eed);
  const clim: number[] = [];
  const pers: number[] = [];
  const starts = Math.max(1, origins - block + 1);
  for (let b = 0; b < resamples; b++) {
    let sm = 0,
      sc = 0,
      sp = 0;
    for (let filled = 0; filled < origins; filled += block) {
      const s = rng.int(starts);
      for (let k = s; k < Math.min(origins, s + block); k++) {
        for (const c of byOrigin[k]!) {
          sm += (c.model - c.outcome) ** 2;
          sc += (c.climatology - c.outcome) ** 2;
          sp += (c.persistence - c.outcome) ** 2;
        }
      }
    }
    if (sc > 0) clim.push(1 - sm / sc);
    if (sp > 0) pers.push(1 - sm / sp);
  }
  const ci = (xs: number[]): [number, number] | null => {
    if (xs.length < resamples / 2) return null;
    xs.sort((a, b) => a - b);
    return [round(quantile(xs, 0.05)), round(quantile(xs, 0.95))];
  };
  return { bss_climatology: ci(clim), bss_persistence: ci(pers) };
}

/** Four decimals: enough for a skill score, stable in golden files. */
export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
