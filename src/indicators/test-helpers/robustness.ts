import { seededRandom } from '../../domain/index.js';
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

/** `count` weight vectors from a flat Dirichlet (normalised Exp(1) draws). */
export function dirichletWeights(count: number, seed: number): Vector[] {
  const next = seededRandom(seed);
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
