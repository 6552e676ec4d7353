import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exitHazardOf, fitExitHazard, withoutEffects, type ExitHazard } from './hazard-fit.js';
import { COVARIATES, NC, type PanelRow } from './hazard-panel.js';

const PRIORS = { base_rate: 0.001, intercept_sd: 1, effect_sd: 0.5, member_sd: 0.5 };
const CODES = ['AAA', 'BBB', 'CCC', 'DDD'];

/** A random panel of member-months: covariates in plausible ranges, rare exits. */
const panel: fc.Arbitrary<PanelRow[]> = fc
  .array(
    fc.record({
      code: fc.constantFrom(...CODES),
      x: fc.tuple(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      y: fc.constantFrom<0 | 1>(0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
    }),
    { minLength: 20, maxLength: 120 },
  )
  .map((rows) => rows.map((r, month) => ({ code: r.code, month, x: Float64Array.from(r.x), y: r.y, to: r.y ? 'withdrawn' : null })));

const covariates = fc.tuple(...Array.from({ length: NC }, () => fc.double({ min: 0, max: 5, noNaN: true })));

describe('the exit hazard', () => {
  it('fits no negative effect, whatever the member-months', () => {
    fc.assert(
      fc.property(panel, (rows) => {
        const h = fitExitHazard(rows, PRIORS);
        for (const b of h.effects) expect(b).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(h.intercept)).toBe(true);
      }),
      { numRuns: 40, seed: 14 },
    );
  });

  // One property per covariate: all else equal, more of it never lowers a member's exit hazard.
  for (const [k, name] of COVARIATES.entries()) {
    it(`never lowers a member's hazard when its ${name.replace('_', ' ')} grows, all else equal`, () => {
      fc.assert(
        fc.property(panel, covariates, fc.double({ min: 0, max: 3, noNaN: true }), fc.constantFrom(...CODES), (rows, x, more, code) => {
          const h = fitExitHazard(rows, PRIORS);
          const raised = [...x];
          raised[k]! += more;
          expect(exitHazardOf(h, code, raised)).toBeGreaterThanOrEqual(exitHazardOf(h, code, x));
        }),
        { numRuns: 25, seed: 100 + k },
      );
    });
  }

  it('learns a positive effect when exits follow a covariate, and shrinks toward the base rate when history is silent', () => {
    const rows: PanelRow[] = [];
    for (let m = 0; m < 600; m++) {
      for (const [j, code] of CODES.entries()) {
        const unanswered = (m + j) % 10 === 0 ? 3 : 0;
        rows.push({ code, month: m, x: Float64Array.of(unanswered, 0, 0, 0.2, 0.1), y: unanswered > 0 && m % 20 === 0 ? 1 : 0, to: null });
      }
    }
    const h = fitExitHazard(rows, PRIORS);
    expect(h.effects[0]).toBeGreaterThan(0.3);
    const quiet = fitExitHazard(
      rows.map((r) => ({ ...r, y: 0 as const })),
      PRIORS,
    );
    // No exit at all: the hazard of an average member stays below the base rate but of its order, not zero.
    const p = exitHazardOf(quiet, 'AAA', quiet.mean);
    expect(p).toBeGreaterThan(PRIORS.base_rate / 50);
    expect(p).toBeLessThan(PRIORS.base_rate);
  });

  it('stays finite and learns from an exit whose covariates lie ten standard deviations out (Newton steps are damped)', () => {
    const rows: PanelRow[] = [];
    for (let m = 0; m < 800; m++)
      for (const code of CODES) rows.push({ code, month: m, x: Float64Array.of(0, 0.1, 0.1, 0.2, 0.3), y: 0, to: null });
    for (let m = 0; m < 12; m++)
      rows.push({
        code: 'AAA',
        month: 800 + m,
        x: Float64Array.of(1 + m / 6, 2 + m / 3, 2, 0.5, 0.7),
        y: m === 11 ? 1 : 0,
        to: m === 11 ? 'frozen' : null,
      });
    const h = fitExitHazard(rows, PRIORS);
    expect(Number.isFinite(h.intercept) && h.intercept > -12 && h.intercept < -3).toBe(true);
    expect(Math.max(...h.effects)).toBeGreaterThan(0.05);
  });

  it('withoutEffects() keeps each member its own pooled rate and drops every effect', () => {
    const h: ExitHazard = {
      intercept: -6,
      effects: Float64Array.of(1, 1, 1, 1, 1),
      mean: new Float64Array(NC),
      sd: new Float64Array(NC).fill(1),
      offsets: new Map([['AAA', 0.5]]),
      rows: 1,
      events: 0,
    };
    const z = withoutEffects(h);
    expect(exitHazardOf(z, 'AAA', [9, 9, 9, 9, 9])).toBeCloseTo(1 / (1 + Math.exp(5.5)), 12);
  });
});
