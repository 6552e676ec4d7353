import type { Outcome } from '../domain/index.js';
import { predict } from './assess.js';
import type { BacktestCase } from './cases.js';
import { fitParams, type FitCase } from './fit.js';
import type { ModelParams } from './params.js';
import { modalOf } from './procedure.js';
import { brier, floored, logLoss, mean } from './scoring.js';
import type { Distribution } from './types.js';

/** One predicted case of the backtest. */
export interface BacktestRow {
  readonly id: string;
  readonly requester: string;
  readonly asked: string | null;
  readonly date: string;
  readonly threat: string;
  readonly predicted: Outcome;
  readonly actual: Outcome;
  readonly match: boolean;
  readonly p_actual: number;
  readonly distribution: Distribution;
}

export interface Scores {
  readonly log_loss: number;
  readonly brier: number;
}

/** Accuracy, log-loss and Brier of one way of predicting the cases. */
export interface VariantScores extends Scores {
  readonly accuracy: number;
}

/** How a fold's parameters are made from the other cases: refitted, or kept as they are. */
export type Fitter = (others: readonly FitCase[], base: ModelParams) => ModelParams;
export const refit: Fitter = (others, base) => fitParams(others, base);
export const noRefit: Fitter = (_others, base) => base;

/** Leave-one-out: each case predicted as of the day before it with parameters made from the other cases only. */
export function leaveOneOut(all: readonly (BacktestCase & FitCase)[], params: ModelParams, fitter: Fitter): BacktestRow[] {
  const floor = params.backtest.floor;
  return all.map((c, i) => {
    const fitted = fitter(
      all.filter((_, j) => j !== i),
      params,
    );
    const d = floored(predict(c.request, c.context, fitted), floor);
    const predicted = modalOf(d);
    return {
      id: c.id,
      requester: c.request.requester,
      asked: c.request.asked,
      date: c.date,
      threat: c.request.threat,
      predicted,
      actual: c.actual,
      match: predicted === c.actual,
      p_actual: d[c.actual],
      distribution: d,
    };
  });
}

/** Accuracy, mean log-loss and mean Brier of predicted rows. */
export function scoresOf(rows: readonly BacktestRow[]): VariantScores {
  return {
    accuracy: mean(rows.map((r) => (r.match ? 1 : 0))),
    log_loss: mean(rows.map((r) => logLoss(r.distribution, r.actual))),
    brier: mean(rows.map((r) => brier(r.distribution, r.actual))),
  };
}
