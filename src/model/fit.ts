import type { Outcome } from '../domain/index.js';
import { predict } from './assess.js';
import type { ModelContext } from './context.js';
import type { ModelParams, WeightName } from './params.js';
import { floored, logLoss } from './scoring.js';
import type { CrisisRequest } from './types.js';

/** A labelled case ready for fitting: the request, the context as of the day before it, what happened. */
export interface FitCase {
  readonly request: CrisisRequest;
  readonly context: ModelContext;
  readonly actual: Outcome;
}

/** Summed log-loss of the params over the cases (probabilities floored), the quantity fitting minimises. */
export function totalLogLoss(cases: readonly FitCase[], params: ModelParams): number {
  let s = 0;
  for (const c of cases) s += logLoss(floored(predict(c.request, c.context, params), params.backtest.floor), c.actual);
  return s;
}

function withWeight(params: ModelParams, name: WeightName, value: number): ModelParams {
  return { ...params, weights: { ...params.weights, [name]: value } };
}

/**
 * Fits the weights named in `fit.fitted` to the cases by coordinate search over multipliers of their
 * prior values (params.json), with a log-normal prior so a handful of cases cannot drive a weight to
 * an extreme. Deterministic: a fixed grid, a fixed order, ties keep the current value.
 */
export function fitParams(cases: readonly FitCase[], base: ModelParams): ModelParams {
  const { fitted, grid, prior_sd, rounds } = base.fit;
  const penalty = (m: Readonly<Record<string, number>>): number =>
    fitted.reduce((s, n) => s + Math.log(m[n] ?? 1) ** 2 / (2 * prior_sd ** 2), 0);
  let mult: Record<string, number> = Object.fromEntries(fitted.map((n) => [n, 1]));
  let current = base;
  let best = totalLogLoss(cases, current) + penalty(mult);
  for (let r = 0; r < rounds; r++) {
    for (const name of fitted) {
      for (const m of grid) {
        if (m === mult[name]) continue;
        const trialMult = { ...mult, [name]: m };
        const trial = withWeight(current, name, base.weights[name] * m);
        const score = totalLogLoss(cases, trial) + penalty(trialMult);
        if (score < best - 1e-9) {
          current = trial;
          mult = trialMult;
          best = score;
        }
      }
    }
  }
  return current;
}
