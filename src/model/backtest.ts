import { dayOf, dayString, type Outcome } from '../domain/index.js';
import { assess } from './assess.js';
import { backtestCases, type BacktestCase } from './cases.js';
import { buildContext, type ModelData } from './context.js';
import { fitParams, type FitCase } from './fit.js';
import type { ModelParams } from './params.js';
import { alwaysNone, brier, floored, frequencies, logLoss, mean } from './scoring.js';
import type { Distribution } from './types.js';
import { modalOf } from './procedure.js';

/** One predicted case of the backtest. */
export interface BacktestRow {
  readonly id: string;
  readonly requester: string;
  readonly asked: string | null;
  readonly date: string;
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

/** The backtest's result, in the JSON shape `bloc backtest --format json` prints. */
export interface BacktestResult {
  readonly cases: readonly BacktestRow[];
  readonly accuracy: number;
  readonly log_loss: number;
  readonly brier: number;
  readonly baselines: { readonly always_none: Scores; readonly frequency: Scores };
  readonly floor: number;
}

/** The day before a case: everything the model reads must have been known by then. */
export function dayBefore(day: string): string {
  return dayString(dayOf(day) - 1);
}

/** The labelled cases with their contexts, each built as of the day before the case. */
export function fitCases(data: ModelData): (BacktestCase & FitCase)[] {
  return backtestCases(data).map((c) => ({ ...c, context: buildContext(data, dayBefore(c.request.date)) }));
}

/** Leave-one-out backtest: each case predicted as of the day before it, with weights fitted on the other cases only. */
export function runBacktest(data: ModelData, params: ModelParams): BacktestResult {
  const all = fitCases(data);
  const floor = params.backtest.floor;
  const rows: BacktestRow[] = [];
  const none: Scores[] = [];
  const freq: Scores[] = [];
  all.forEach((c, i) => {
    const others = all.filter((_, j) => j !== i);
    const fitted = fitParams(others, params);
    const d = floored(assess(c.request, c.context, fitted).distribution, floor);
    const predicted = modalOf(d);
    rows.push({
      id: c.id,
      requester: c.request.requester,
      asked: c.request.asked,
      date: c.date,
      predicted,
      actual: c.actual,
      match: predicted === c.actual,
      p_actual: d[c.actual],
      distribution: d,
    });
    const n = alwaysNone(floor);
    const f = frequencies(
      others.map((o) => o.actual),
      floor,
    );
    none.push({ log_loss: logLoss(n, c.actual), brier: brier(n, c.actual) });
    freq.push({ log_loss: logLoss(f, c.actual), brier: brier(f, c.actual) });
  });
  const avg = (xs: Scores[]): Scores => ({ log_loss: mean(xs.map((x) => x.log_loss)), brier: mean(xs.map((x) => x.brier)) });
  return {
    cases: rows,
    accuracy: mean(rows.map((r) => (r.match ? 1 : 0))),
    log_loss: mean(rows.map((r) => logLoss(r.distribution, r.actual))),
    brier: mean(rows.map((r) => brier(r.distribution, r.actual))),
    baselines: { always_none: avg(none), frequency: avg(freq) },
    floor,
  };
}
