import type { BacktestResult } from '../../model/index.js';
import { toTable } from '../output.js';

const f = (x: number | null): string => (x === null ? '' : x.toFixed(3));
const range = (r: readonly [number, number]): string => `[${f(r[0])}, ${f(r[1])}]`;

/** The backtest's variants, its sensitivity to each declared prior and its reliability diagram, as terminal tables. */
export function variantsTable(r: BacktestResult): string {
  const v = r.variants;
  const p = v.perturbed;
  const variants = [
    { variant: 'refit (leave-one-out)', accuracy: f(v.refit.accuracy), log_loss: f(v.refit.log_loss), brier: f(v.refit.brier) },
    { variant: 'no refit', accuracy: f(v.no_refit.accuracy), log_loss: f(v.no_refit.log_loss), brier: f(v.no_refit.brier) },
    {
      variant: `weak prior (sd ${v.weak_prior.prior_sd})`,
      accuracy: f(v.weak_prior.accuracy),
      log_loss: f(v.weak_prior.log_loss),
      brier: f(v.weak_prior.brier),
    },
    {
      variant: `perturbed, median of ${p.draws} (log sd ${p.log_sd})`,
      accuracy: `${f(p.accuracy)} ${range(p.range_10_90.accuracy)}`,
      log_loss: `${f(p.log_loss)} ${range(p.range_10_90.log_loss)}`,
      brier: `${f(p.brier)} ${range(p.range_10_90.brier)}`,
    },
  ];
  const sensitivity = r.sensitivity.map((s) => ({
    choice: s.choice,
    frozen: String(s.frozen),
    tried: String(s.value),
    accuracy: f(s.accuracy),
    log_loss: f(s.log_loss),
    brier: f(s.brier),
  }));
  const reliability = r.reliability.map((b) => ({
    forecast: `${b.lo.toFixed(1)}-${b.hi.toFixed(1)}`,
    n: b.forecasts,
    mean_forecast: f(b.mean_forecast),
    observed: f(b.observed),
  }));
  return [
    'variants (perturbed: 10-90% range in brackets)\n' + toTable(Object.keys(variants[0]!), variants),
    'sensitivity of the refit to the declared priors\n' + toTable(Object.keys(sensitivity[0] ?? { choice: '' }), sensitivity),
    'reliability of the held-out probabilities\n' + toTable(Object.keys(reliability[0]!), reliability),
  ].join('\n');
}
