import { dayOf, dayString } from '../domain/index.js';
import { backtestCases, type BacktestCase } from './cases.js';
import { buildContext, type ModelData } from './context.js';
import type { FitCase } from './fit.js';
import { leaveOneOut, refit, scoresOf, type BacktestRow, type Scores } from './loo.js';
import type { ModelParams } from './params.js';
import { alwaysNone, brier, frequencies, logLoss, mean } from './scoring.js';
import { reliabilityOf, variantsOf, type Reliability, type Sensitivity, type Variants } from './variants.js';

/** The backtest's result, in the JSON shape `bloc backtest --format json` prints; the top-level figures are the refit's. */
export interface BacktestResult {
  /** The frozen parameters' version (params.json) the figures were computed with. */
  readonly params_version: string;
  readonly cases: readonly BacktestRow[];
  readonly accuracy: number;
  readonly log_loss: number;
  readonly brier: number;
  readonly baselines: { readonly always_none: Scores; readonly frequency: Scores };
  readonly floor: number;
  readonly variants: Variants;
  readonly sensitivity: readonly Sensitivity[];
  readonly reliability: Reliability;
}

/** The day before a case: everything the model reads must have been known by then. */
export function dayBefore(day: string): string {
  return dayString(dayOf(day) - 1);
}

/** The labelled cases with their contexts, each built as of the day before the case. */
export function fitCases(data: ModelData): (BacktestCase & FitCase)[] {
  return backtestCases(data).map((c) => ({ ...c, context: buildContext(data, dayBefore(c.request.date)) }));
}

/** What the backtest may be asked to do besides the refit: how many perturbations to draw (params.json by default). */
export interface BacktestOptions {
  readonly draws?: number | undefined;
  /** Called after each leave-one-out pass (the refit, then every variant's), for progress on a terminal. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Leave-one-out backtest: each case predicted as of the day before it, with the weights of
 * `fit.fitted` refitted on the other cases only, beside two baselines; then the same with no
 * refit, with a weak prior, with the hand-set values perturbed, and with each declared prior changed.
 */
export function runBacktest(data: ModelData, params: ModelParams, opts: BacktestOptions = {}): BacktestResult {
  const all = fitCases(data);
  const floor = params.backtest.floor;
  const rows = leaveOneOut(all, params, refit);
  const none: Scores[] = [];
  const freq: Scores[] = [];
  all.forEach((c, i) => {
    const n = alwaysNone(floor);
    const f = frequencies(
      all.filter((_, j) => j !== i).map((o) => o.actual),
      floor,
    );
    none.push({ log_loss: logLoss(n, c.actual), brier: brier(n, c.actual) });
    freq.push({ log_loss: logLoss(f, c.actual), brier: brier(f, c.actual) });
  });
  const avg = (xs: Scores[]): Scores => ({ log_loss: mean(xs.map((x) => x.log_loss)), brier: mean(xs.map((x) => x.brier)) });
  const top = scoresOf(rows);
  const { variants, sensitivity } = variantsOf(all, params, top, opts.draws ?? params.backtest.perturb.draws, opts.onProgress);
  return {
    params_version: params.version,
    cases: rows,
    ...top,
    baselines: { always_none: avg(none), frequency: avg(freq) },
    floor,
    variants,
    sensitivity,
    reliability: reliabilityOf(rows, params.backtest.reliability_bins),
  };
}
