import { describe, expect, it } from 'vitest';
import type { ChronicleEvent } from '../domain/index.js';
import { loadPack } from '../data/index.js';
import { backtestCases } from './cases.js';
import { fitCases, runBacktest, type BacktestResult } from './backtest.js';
import { leaveOneOut, refit, scoresOf } from './loo.js';
import { loadParams } from './params.js';

const pack = loadPack();
// Three perturbation draws keep the test fast; `bloc backtest` draws params.json's number.
const params = loadParams(pack.alliance);
const result = runBacktest(pack, params, { draws: 3 });

// The pack records Uzbekistan's stray air strike on Tajik soil (August 1999) without crisis fields; its
// note says that, counted as a crisis, it would be a negative. The model must not hinge on that call.
const STRIKE = 'cov-1999-08-15-uzb-tjk-jirgatal-airstrike';
const asCrisis = (e: ChronicleEvent): ChronicleEvent =>
  e.id === STRIKE ? { ...e, details: { ...e.details, crisis: true, alliance_response: 'none' } } : e;
const variant = { ...pack, events: pack.events.map(asCrisis) };

function expectSkill(r: BacktestResult): void {
  expect(r.accuracy).toBeGreaterThanOrEqual(0.8);
  expect(r.log_loss).toBeLessThan(r.baselines.frequency.log_loss);
  expect(r.log_loss).toBeLessThan(r.baselines.always_none.log_loss);
  expect(r.brier).toBeLessThan(r.baselines.frequency.brier);
  expect(r.brier).toBeLessThan(r.baselines.always_none.brier);
}

describe('the leave-one-out backtest', () => {
  it('runBacktest() covers every labelled request and every crisis with no request', () => {
    const cases = backtestCases(pack);
    expect(result.cases.length).toBe(cases.length);
    expect(cases.some((c) => c.request.asked === null)).toBe(true);
    expect(cases.some((c) => c.request.asked === 'RUS')).toBe(true);
    expect(cases.filter((c) => c.actual === 'deploy').map((c) => c.request.requester)).toEqual(['KAZ']);
  });

  it('runBacktest() returns the JSON shape bloc backtest prints', () => {
    for (const c of result.cases) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['requester', 'date', 'predicted', 'actual', 'match', 'p_actual']));
      expect(c.match).toBe(c.predicted === c.actual);
      expect(c.p_actual).toBeGreaterThan(0);
    }
    expect(Object.keys(result.baselines.always_none).sort()).toEqual(['brier', 'log_loss']);
    expect(Object.keys(result.baselines.frequency).sort()).toEqual(['brier', 'log_loss']);
  });

  it('runBacktest() reaches 80% modal accuracy and beats both baselines on log-loss and Brier', () => {
    // Measured on the pack: 20/23 = 0.87, log-loss 0.397, Brier 0.229 (frequency baseline 1.295 / 0.685); docs/model.md has the variants.
    // The bound is the target, not the measured value, so a new record does not break it by itself.
    expect(result.accuracy).toBeGreaterThanOrEqual(0.8);
    expectSkill(result);
  });

  it('runBacktest() keeps that skill when the 1999 air strike is counted as a crisis', () => {
    const rows = leaveOneOut(fitCases(variant), params, refit);
    expect(rows.length).toBe(result.cases.length + 1);
    expect(rows.find((c) => c.id === STRIKE)?.actual).toBe('none');
    const s = scoresOf(rows);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(s.log_loss).toBeLessThan(result.baselines.frequency.log_loss);
  });

  it('reports the refit, no-refit, weak-prior and perturbed variants side by side, the top level being the refit', () => {
    const v = result.variants;
    expect(v.refit).toEqual({ accuracy: result.accuracy, log_loss: result.log_loss, brier: result.brier });
    for (const k of ['refit', 'no_refit', 'weak_prior', 'perturbed'] as const) {
      expect(v[k].accuracy).toBeGreaterThan(0);
      expect(v[k].accuracy).toBeLessThanOrEqual(1);
      expect(Number.isFinite(v[k].log_loss) && Number.isFinite(v[k].brier)).toBe(true);
    }
    expect(v.perturbed.draws).toBe(3);
    const [lo, hi] = v.perturbed.range_10_90.log_loss;
    expect(lo).toBeLessThanOrEqual(v.perturbed.log_loss);
    expect(hi).toBeGreaterThanOrEqual(v.perturbed.log_loss);
    // Perturbing the hand-set values moves the figures: the range is not a point.
    expect(hi - lo).toBeGreaterThan(0.001);
  });

  it('shows the sensitivity of the refit to every declared prior, the organs gate included', () => {
    const choices = new Set(result.sensitivity.map((s) => s.choice));
    expect(choices).toEqual(new Set(params.declared_priors.map((d) => d.choice)));
    const gate = result.sensitivity.find((s) => s.choice === 'organs_gate')!;
    expect(gate).toMatchObject({ value: false, frozen: true });
    // Without the gate the 1999 request to Russia gets a mission it could not have had: the log-loss rises.
    expect(gate.log_loss).toBeGreaterThan(result.log_loss);
  });

  it('bins every held-out probability into a reliability diagram', () => {
    const n = result.reliability.reduce((s, b) => s + b.forecasts, 0);
    expect(n).toBe(result.cases.length * 4);
    for (const b of result.reliability) if (b.forecasts > 0) expect(b.mean_forecast!).toBeGreaterThanOrEqual(b.lo);
  });

  it('runBacktest() is deterministic', () => {
    expect(leaveOneOut(fitCases(pack), params, refit)).toEqual(result.cases);
  });
});
