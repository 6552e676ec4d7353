import { OUTCOMES, type Outcome } from '../domain/index.js';
import type { Distribution } from './types.js';

/** Raises every probability to at least `floor` and renormalises, so a log-loss is always finite. */
export function floored(d: Distribution, floor: number): Distribution {
  const raised = OUTCOMES.map((o) => Math.max(floor, d[o]));
  const sum = raised.reduce((s, x) => s + x, 0);
  return Object.fromEntries(OUTCOMES.map((o, i) => [o, raised[i]! / sum])) as Record<Outcome, number>;
}

/** Negative log of the probability given to what happened. */
export function logLoss(d: Distribution, actual: Outcome): number {
  return -Math.log(d[actual]);
}

/** Multi-class Brier score: squared error summed over the four outcomes (0 best, 2 worst). */
export function brier(d: Distribution, actual: Outcome): number {
  return OUTCOMES.reduce((s, o) => s + (d[o] - (o === actual ? 1 : 0)) ** 2, 0);
}

/** "Always no action": all mass on none, the floor on the rest. */
export function alwaysNone(floor: number): Distribution {
  return floored({ deploy: 0, mission: 0, statement: 0, none: 1 }, floor);
}

/** The outcome frequencies of the given cases, floored. */
export function frequencies(actuals: readonly Outcome[], floor: number): Distribution {
  const n = Math.max(1, actuals.length);
  const count = (o: Outcome): number => actuals.filter((a) => a === o).length / n;
  return floored({ deploy: count('deploy'), mission: count('mission'), statement: count('statement'), none: count('none') }, floor);
}

/** Mean of a list (0 for an empty one). */
export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}
