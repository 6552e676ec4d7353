import { OUTCOMES, seededRandom, type Outcome } from '../domain/index.js';
import { predict } from './assess.js';
import type { ModelContext } from './context.js';
import { fitParams, type FitCase } from './fit.js';
import type { ModelParams } from './params.js';
import { perturbParams } from './perturb.js';
import type { CrisisRequest, Distribution } from './types.js';
import { quantile } from './variants.js';

/** An interval of each outcome's probability, [lo, hi]. */
export type Intervals = Readonly<Record<Outcome, readonly [number, number]>>;

/** The intervals and how they were drawn. */
export interface IntervalReport {
  readonly intervals: Intervals;
  readonly level: number;
  readonly draws: number;
  readonly method: string;
}

/**
 * Intervals by a bootstrap over cases and parameters: each draw resamples the past cases with
 * replacement, perturbs every hand-set value (log-normal, `intervals.log_sd`), refits the fitted
 * weights on the resample and predicts the request. The interval is the central `level` share of
 * the draws, widened where needed to contain the point probability shown beside it.
 */
export function bootstrapIntervals(
  request: CrisisRequest,
  ctx: ModelContext,
  past: readonly FitCase[],
  base: ModelParams,
  point: Distribution,
  draws: number = base.intervals.draws,
): IntervalReport {
  const { level, log_sd, seed } = base.intervals;
  const samples: Distribution[] = [];
  for (let k = 0; k < draws; k++) {
    const u = seededRandom(seed + k);
    const resample = past.map(() => past[Math.floor(u() * past.length)]!);
    const params = perturbParams(base, seed + 7919 * (k + 1), log_sd);
    samples.push(predict(request, ctx, resample.length > 0 ? fitParams(resample, params) : params));
  }
  const tail = (1 - level) / 2;
  const intervals = Object.fromEntries(
    OUTCOMES.map((o) => {
      const xs = samples.map((s) => s[o]);
      return [o, [Math.min(point[o], quantile(xs, tail)), Math.max(point[o], quantile(xs, 1 - tail))] as const];
    }),
  ) as Record<Outcome, readonly [number, number]>;
  return {
    intervals,
    level,
    draws,
    method: `bootstrap over the ${past.length} earlier cases and the hand-set values (log sd ${log_sd}), refitted each draw`,
  };
}
