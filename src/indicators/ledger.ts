import type { Component } from './weights.js';

/**
 * Layout of the running totals: one row per member plus one for the alliance, each row a fixed
 * set of slots. Decayed slots hold sums of `amount * exp((happened - EPOCH) / tau)`, so totals
 * only ever grow and a value as of day D is `slot * exp(-(D - EPOCH) / tau)`: prefix sums with
 * recency weighting and no per-month rescans.
 */
export const SLOT = {
  P_GOOD: 0,
  P_TOTAL: 1,
  G_GOOD: 2,
  G_TOTAL: 3,
  A_GOOD: 4,
  A_TOTAL: 5,
  C_INTENSITY: 6,
  O_INTENSITY: 7,
  N_EXERCISE: 8,
  N_BOYCOTT: 9,
  N_CANCEL: 10,
  N_SUMMIT_IN: 11,
  N_SUMMIT_OUT: 12,
  N_REFUSAL: 13,
  N_REQUEST: 14,
  N_PENDING: 15,
  N_VOTE: 16,
  N_ALIGN: 17,
  N_CLASH: 18,
  N_COOP: 19,
  N_UNLISTED: 20,
} as const;
export const WIDTH = 21;

/** The component whose half-life decays each decayed slot. */
export const DECAYED_SLOT_COMPONENT: readonly Component[] = [
  'participation',
  'participation',
  'guarantee',
  'guarantee',
  'alignment',
  'alignment',
  'conflict',
  'outside_pull',
];

const DAYS_PER_MONTH = 365.25 / 12;

/** Mean life in days for a half-life in months. */
export function tauDays(halfLifeMonths: number): number {
  return (halfLifeMonths * DAYS_PER_MONTH) / Math.LN2;
}

/** What a decayed slot stores for an amount that happened on `day`: its weight grown from the epoch. */
// `epoch` is the first askable day of the alliance (its founding year's 1 January), so exponents stay small.
export function growth(day: number, tau: number, epoch: number): number {
  return Math.exp((day - epoch) / tau);
}

/** The factor that reads a decayed slot as of `day`: the inverse of `growth`. */
export function decayTo(day: number, tau: number, epoch: number): number {
  return Math.exp(-(day - epoch) / tau);
}

/** A zeroed ledger for `rows` rows. */
export function emptyLedger(rows: number): Float64Array {
  return new Float64Array(rows * WIDTH);
}

/** Reads a slot of a row. */
export function at(ledger: Float64Array, row: number, slot: number): number {
  return ledger[row * WIDTH + slot] ?? 0;
}
