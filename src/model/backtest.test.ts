import { describe, expect, it } from 'vitest';
import type { ChronicleEvent } from '../domain/index.js';
import { loadPack } from '../data/index.js';
import { backtestCases } from './cases.js';
import { runBacktest, type BacktestResult } from './backtest.js';
import { loadParams } from './params.js';

const pack = loadPack();
const result = runBacktest(pack, loadParams(pack.alliance));

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
    // Measured on the pack: 20/23 = 0.87, log-loss 0.408, Brier 0.232 (frequency baseline 1.295 / 0.685).
    // The bound is the target, not the measured value, so a new record does not break it by itself.
    expect(result.accuracy).toBeGreaterThanOrEqual(0.8);
    expectSkill(result);
  });

  it('runBacktest() keeps that skill when the 1999 air strike is counted as a crisis', () => {
    const r = runBacktest(variant, loadParams(pack.alliance));
    expect(r.cases.length).toBe(result.cases.length + 1);
    expect(r.cases.find((c) => c.id === STRIKE)?.actual).toBe('none');
    expectSkill(r);
  });

  it('runBacktest() is deterministic', () => {
    expect(runBacktest(pack, loadParams(pack.alliance))).toEqual(result);
  });
});
