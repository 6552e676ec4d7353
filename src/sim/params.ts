import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MEMBER_STATUSES, OUTCOMES, THREATS, type Alliance } from '../domain/index.js';
import { SimInputError } from './errors.js';

const unit = z.number().min(0).max(1);
const rate = z.number().min(0);
const byOutcome = z.object({ deploy: z.number(), mission: z.number(), statement: z.number(), none: z.number() });

/**
 * One status transition and its prior monthly hazard. Leaving full membership is fitted by the exit
 * hazard model (`hazard`), which splits among these transitions' destinations by their shrunk
 * shares; the other transitions keep a base rate fitted from history and shrunk toward the prior.
 */
export const Transition = z.object({
  from: z.enum(MEMBER_STATUSES),
  to: z.enum(MEMBER_STATUSES),
  /** Prior monthly hazard, used when history holds no such transition. */
  prior: rate,
});
export type Transition = z.infer<typeof Transition>;

/** The simulator's parameters (src/data/csto/sim/params.json); docs/simulator.md explains each. */
export const SimParams = z.object({
  version: z.literal(1),
  note: z.string(),
  /** Half-life of the recency weights for every rate fitted from history. */
  half_life_months: z.number().positive(),
  /** Pseudo member-months pulling a member's own rate toward the alliance-wide rate. */
  shrink_months: z.number().nonnegative(),
  crisis: z.object({
    prior_rate: rate,
    /** Share of crises of each threat type when history is silent. */
    threat_prior: z.object({ external_attack: unit, border_clash: unit, internal_unrest: unit, terrorism: unit }),
    /** Probability that a crisis leads to a request: prior mean and its weight in pseudo-crises. */
    request_prior: z.object({ mean: unit, weight: z.number().nonnegative() }),
  }),
  /** Outcomes counted as an unanswered request. */
  unanswered_outcomes: z.array(z.enum(OUTCOMES)).min(1),
  feedback: z.object({
    alignment: byOutcome,
    participation: byOutcome,
    /** Participation lost per boycott and per summit absence. */
    boycott: z.number(),
    absence: z.number(),
    /** Monthly pull of alignment toward 0 per unit of outside pull. */
    outside_pull_drift: z.number().nonnegative(),
    /** Half-life of the return of alignment and participation to their starting values. */
    reversion_half_life_months: z.number().positive(),
  }),
  participation_events: z.object({
    /** Log-rate per unit of participation lost since the start (1 - p/p0 scaled). */
    beta_disengagement: z.number(),
    /** Multipliers of the boycott and absence rates by status (suspended and withdrawn states take no part). */
    status_multiplier: z.object(
      Object.fromEntries(MEMBER_STATUSES.map((s) => [s, rate])) as Record<(typeof MEMBER_STATUSES)[number], typeof rate>,
    ),
  }),
  transitions: z.array(Transition),
  /** The exit hazard: a discrete-time hazard fitted on member-months (src/sim/hazard-fit.ts). */
  hazard: z.object({
    /** Half-life of the decayed counts of unanswered requests, boycotts and absences it reads. */
    half_life_months: z.number().positive(),
    intercept_sd: z.number().positive(),
    effect_sd: z.number().positive(),
    member_sd: z.number().positive(),
    /** Sets every fitted effect to zero (each member keeps its pooled base rate): the walk-forward's comparison. */
    zero_effects: z.boolean(),
    /** A state that withdrew rejoins only while its alignment is at least the full members' mean on the as-of day. */
    rejoin_needs_alignment: z.boolean(),
  }),
  /** Months between a withdrawal notice and leaving (used when the treaty names none). */
  notice_months: z.number().int().positive(),
  /** Bins of the state the crisis model sees; the table has members × threats × bins² cells. */
  buckets: z.object({ alignment: z.number().int().min(1).max(20), capacity: z.number().int().min(1).max(20) }),
  /** Histogram bins of the alliance index (0–100) per month: the quantile resolution. */
  index_bins: z.number().int().min(10).max(10_000),
});
export type SimParams = z.infer<typeof SimParams>;

/** Where an alliance's simulator parameters live in its pack. */
export function simParamsPath(alliance: Alliance): string {
  return join(alliance.pack.dir, 'sim', 'params.json');
}

/** Reads and validates the alliance's (or a given file's) simulator parameters. */
export function loadSimParams(source: Alliance | string): SimParams {
  const path = typeof source === 'string' ? source : simParamsPath(source);
  const r = SimParams.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new SimInputError(`${path}: ${i.path.join('.') || '(file)'}: ${i.message}`);
  }
  return r.data;
}

/** The threat types in a fixed order: table and array indices follow it. */
export const THREAT_LIST = THREATS;
