import { OUTCOMES } from '../domain/index.js';
import type { BacktestCase } from './cases.js';
import { leaveOneOut, noRefit, refit, scoresOf, type BacktestRow, type Fitter, type VariantScores } from './loo.js';
import type { FitCase } from './fit.js';
import { fitParams } from './fit.js';
import type { ModelParams } from './params.js';
import { perturbParams } from './perturb.js';

/** The perturbed variant: the median over draws, and the 10–90% range of each score. */
export interface PerturbedScores extends VariantScores {
  readonly draws: number;
  readonly log_sd: number;
  readonly range_10_90: {
    readonly accuracy: readonly [number, number];
    readonly log_loss: readonly [number, number];
    readonly brier: readonly [number, number];
  };
}

/** The four ways the backtest predicts the cases, side by side. */
export interface Variants {
  readonly refit: VariantScores;
  readonly no_refit: VariantScores;
  readonly weak_prior: VariantScores & { readonly prior_sd: number; readonly grid: readonly number[] };
  readonly perturbed: PerturbedScores;
}

/** A declared prior changed to another value, and the refit backtest's scores with it. */
export interface Sensitivity extends VariantScores {
  readonly choice: string;
  readonly value: number | boolean;
  readonly frozen: number | boolean;
}

/** One bin of the reliability diagram: forecasts in [lo, hi), their mean and how often the outcome happened. */
export interface ReliabilityBin {
  readonly lo: number;
  readonly hi: number;
  readonly forecasts: number;
  readonly mean_forecast: number | null;
  readonly observed: number | null;
}
export type Reliability = readonly ReliabilityBin[];

/** The q-quantile of numbers (linear interpolation). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const x = q * (s.length - 1);
  const lo = Math.floor(x);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (x - lo);
}

const weakFitter =
  (weak: ModelParams['fit']['weak_prior']): Fitter =>
  (others, base) =>
    fitParams(others, { ...base, fit: { ...base.fit, prior_sd: weak.prior_sd, grid: weak.grid } });

/** Sets one declared prior (a weight's centre, or the organs gate) to another value. */
function withChoice(p: ModelParams, choice: string, value: number | boolean): ModelParams {
  if (choice === 'organs_gate') return { ...p, structure: { ...p.structure, organs_gate: value as boolean } };
  return { ...p, weights: { ...p.weights, [choice]: value as number } };
}

function frozenValue(p: ModelParams, choice: string): number | boolean {
  return choice === 'organs_gate' ? p.structure.organs_gate : p.weights[choice as keyof ModelParams['weights']];
}

/** Every variant of the backtest and the sensitivity of the refit to each declared prior. */
export function variantsOf(
  all: readonly (BacktestCase & FitCase)[],
  params: ModelParams,
  refitScores: VariantScores,
  draws: number,
  onProgress?: (done: number, total: number) => void,
): { variants: Variants; sensitivity: Sensitivity[] } {
  const weak = params.fit.weak_prior;
  const { log_sd, seed } = params.backtest.perturb;
  const total = 3 + draws + params.declared_priors.reduce((s, d) => s + d.values.length, 0);
  let done = 1;
  const pass = <T>(x: T): T => {
    onProgress?.(++done, total);
    return x;
  };
  const perturbed = Array.from({ length: draws }, (_, k) =>
    pass(scoresOf(leaveOneOut(all, perturbParams(params, seed + k, log_sd), refit))),
  );
  const pick = (f: (s: VariantScores) => number) => perturbed.map(f);
  const range = (f: (s: VariantScores) => number): [number, number] => [quantile(pick(f), 0.1), quantile(pick(f), 0.9)];
  const variants: Variants = {
    refit: refitScores,
    no_refit: pass(scoresOf(leaveOneOut(all, params, noRefit))),
    weak_prior: { ...pass(scoresOf(leaveOneOut(all, params, weakFitter(weak)))), prior_sd: weak.prior_sd, grid: weak.grid },
    perturbed: {
      accuracy: quantile(
        pick((s) => s.accuracy),
        0.5,
      ),
      log_loss: quantile(
        pick((s) => s.log_loss),
        0.5,
      ),
      brier: quantile(
        pick((s) => s.brier),
        0.5,
      ),
      draws,
      log_sd,
      range_10_90: { accuracy: range((s) => s.accuracy), log_loss: range((s) => s.log_loss), brier: range((s) => s.brier) },
    },
  };
  const sensitivity = params.declared_priors.flatMap((d) =>
    d.values.map((value): Sensitivity => ({
      choice: d.choice,
      value,
      frozen: frozenValue(params, d.choice),
      ...scoresOf(leaveOneOut(all, withChoice(params, d.choice, value), refit)),
    })),
  );
  return { variants, sensitivity };
}

/**
 * The reliability diagram of held-out forecasts: every (case, outcome) probability binned, with the
 * share of them whose outcome happened. A calibrated model's bins lie on the diagonal.
 */
export function reliabilityOf(rows: readonly BacktestRow[], bins: number): Reliability {
  const sum = new Array<number>(bins).fill(0);
  const hit = new Array<number>(bins).fill(0);
  const n = new Array<number>(bins).fill(0);
  for (const r of rows) {
    for (const o of OUTCOMES) {
      const p = r.distribution[o];
      const b = Math.min(bins - 1, Math.floor(p * bins));
      n[b]! += 1;
      sum[b]! += p;
      if (o === r.actual) hit[b]! += 1;
    }
  }
  return n.map((count, b) => ({
    lo: b / bins,
    hi: (b + 1) / bins,
    forecasts: count,
    mean_forecast: count ? sum[b]! / count : null,
    observed: count ? hit[b]! / count : null,
  }));
}
