import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { backtestCases } from './cases.js';
import { runBacktest } from './backtest.js';
import { loadParams } from './params.js';

const pack = loadPack();
const result = runBacktest(pack, loadParams());

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
    expect(result.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(result.log_loss).toBeLessThan(result.baselines.frequency.log_loss);
    expect(result.log_loss).toBeLessThan(result.baselines.always_none.log_loss);
    expect(result.brier).toBeLessThan(result.baselines.frequency.brier);
  });

  it('runBacktest() is deterministic', () => {
    expect(runBacktest(pack, loadParams())).toEqual(result);
  });
});
