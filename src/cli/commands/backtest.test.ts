import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the built binary (npm run build), as the other CLI tests do.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = join(root, 'dist', 'cli', 'main.js');
const db = join(mkdtempSync(join(tmpdir(), 'bloc-backtest-')), 'bloc.db');

function bloc(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, BLOC_DB: db, TZ: 'UTC' } });
  return { code: r.status, out: r.stdout };
}

type Scores = { accuracy: number; log_loss: number; brier: number };

describe('bloc backtest and bloc assess, as JSON', () => {
  it('backtest keeps its top-level refit figures and baselines and reports the four variants', () => {
    const r = bloc('backtest', '--format', 'json', '--draws', '2');
    expect(r.code).toBe(0);
    const b = JSON.parse(r.out) as Scores & {
      cases: unknown[];
      baselines: unknown;
      variants: Record<string, Scores & { range_10_90?: unknown }>;
    };
    expect(b.cases.length).toBeGreaterThan(20);
    expect(b.baselines).toBeDefined();
    expect(Object.keys(b.variants).sort()).toEqual(['no_refit', 'perturbed', 'refit', 'weak_prior']);
    expect(b.variants['refit']).toEqual({ accuracy: b.accuracy, log_loss: b.log_loss, brier: b.brier });
    for (const v of Object.values(b.variants))
      for (const k of ['accuracy', 'log_loss', 'brier'] as const) expect(typeof v[k]).toBe('number');
    expect(Object.keys(b.variants['perturbed']!.range_10_90 as object).sort()).toEqual(['accuracy', 'brier', 'log_loss']);
  });

  it('assess keeps distribution and adds an 80% interval for each outcome that contains it', () => {
    const r = bloc(
      'assess',
      '--requester',
      'ARM',
      '--date',
      '2022-09-13',
      '--threat',
      'external_attack',
      '--adversary',
      'AZE',
      '--article',
      '4',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as { distribution: Record<string, number>; intervals: Record<string, [number, number]> };
    expect(Object.keys(a.intervals).sort()).toEqual(Object.keys(a.distribution).sort());
    for (const [o, p] of Object.entries(a.distribution)) {
      expect(a.intervals[o]![0]).toBeLessThanOrEqual(p);
      expect(a.intervals[o]![1]).toBeGreaterThanOrEqual(p);
    }
  });

  it('backtest --simulate reports the fitted hazard and the same with effects zeroed, with distinct events', () => {
    // Origins of 2011-2013 only, so the test is quick; they include Uzbekistan's 2012 suspension.
    const r = bloc('backtest', '--simulate', '--runs', '20', '--first-year', '2011', '--last-year', '2013', '--format', 'json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as {
      outcomes: Record<string, { positives: number; distinct_events: number; ci90: unknown }>;
      effects_zero: { outcomes: Record<string, unknown> };
    };
    expect(s.outcomes['status_change']!.distinct_events).toBeLessThanOrEqual(s.outcomes['status_change']!.positives);
    expect(s.outcomes['status_change']!.distinct_events).toBeGreaterThan(0);
    expect(s.outcomes['status_change']!.ci90).toBeDefined();
    expect(Object.keys(s.effects_zero.outcomes).sort()).toEqual(Object.keys(s.outcomes).sort());
  });
});
