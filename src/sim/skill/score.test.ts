import { describe, expect, it } from 'vitest';
import { bootstrapSkill, brier, skill, type Case } from './score.js';

const cases: Case[] = Array.from({ length: 40 }, (_, i) => ({
  origin: i % 10,
  model: i % 4 === 0 ? 0.5 + (i % 3) * 0.1 : 0.05 + (i % 5) * 0.05,
  climatology: 0.25,
  persistence: i % 8 === 0 ? 1 : 0,
  outcome: i % 4 === 0 ? 1 : 0,
}));

describe('skill scores', () => {
  it('brier() is the mean squared error', () => {
    expect(brier(cases, (c) => c.climatology)).toBeCloseTo(0.1875, 10);
  });

  it('skill() is positive when the forecast beats the reference, null when the reference is perfect', () => {
    expect(skill(0.05, 0.1)).toBeCloseTo(0.5);
    expect(skill(0.05, 0)).toBeNull();
  });

  it('bootstrapSkill() is seeded and brackets the point estimate', () => {
    const a = bootstrapSkill(cases, 10, 3, 500);
    expect(a).toEqual(bootstrapSkill(cases, 10, 3, 500));
    const point = skill(
      brier(cases, (c) => c.model),
      brier(cases, (c) => c.climatology),
    )!;
    expect(a.bss_climatology![0]).toBeLessThanOrEqual(point + 1e-9);
    expect(a.bss_climatology![1]).toBeGreaterThanOrEqual(point - 1e-9);
    expect(a.bss_climatology![1]).toBeGreaterThan(a.bss_climatology![0]);
  });
});
