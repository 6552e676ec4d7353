import { compositeOf } from '../evaluate.js';
import type { IndicatorValues } from '../types.js';
import { COMPONENTS, type Component } from '../weights.js';

export type Vector = Record<Component, number>;

/** The component values of a figure, as a plain vector. */
export function vectorOf(v: IndicatorValues): Vector {
  return Object.fromEntries(COMPONENTS.map((c) => [c, v.components[c].value])) as Vector;
}

/** Component-wise mean; the composite is linear, so the mean index is the index of this mean. */
export function meanOf(vs: readonly Vector[]): Vector {
  return Object.fromEntries(COMPONENTS.map((c) => [c, vs.reduce((s, v) => s + v[c], 0) / vs.length])) as Vector;
}

/** mulberry32: a small seeded generator, so the 1,000 draws are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` weight vectors from a flat Dirichlet (normalised Exp(1) draws). */
export function dirichletWeights(count: number, seed: number): Vector[] {
  const next = rng(seed);
  return Array.from({ length: count }, () => {
    const g = COMPONENTS.map(() => -Math.log(1 - next()));
    const sum = g.reduce((s, x) => s + x, 0);
    return Object.fromEntries(COMPONENTS.map((c, i) => [c, g[i]! / sum])) as Vector;
  });
}

/** Share of weight vectors under which `lower` has a lower composite than `higher`. */
export function shareBelow(lower: Vector, higher: Vector, weights: readonly Vector[]): number {
  return weights.filter((w) => compositeOf(lower, w) < compositeOf(higher, w)).length / weights.length;
}
