import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { THREATS, type Alliance } from '../domain/index.js';

const perAction = z.object({ deploy: z.number(), mission: z.number(), statement: z.number() });
const perThreat = z.object(Object.fromEntries(THREATS.map((t) => [t, z.number().min(0)])) as Record<(typeof THREATS)[number], z.ZodNumber>);

/** Named weights of the utility model; `fit.fitted` names the ones leave-one-out may rescale. */
export const WEIGHT_NAMES = [
  'tau',
  'credibility',
  'regime_security',
  'requester',
  'ask_aggression',
  'ask_consultation',
  'hegemon_interest',
  'hegemon_bases',
  'capacity',
  'alignment',
  'ties',
  'framing_base',
  'framing_ties',
  'secretariat',
  'bilateral',
  'participation',
  'secretariat_severity',
  'secretariat_member_clash',
  'secretariat_partners',
  'secretariat_standing',
  'secretariat_tau',
] as const;
export type WeightName = (typeof WEIGHT_NAMES)[number];

/** Every parameter of the crisis model (src/data/csto/model/params.json); docs/model.md explains each. */
export const ModelParams = z.object({
  /** The frozen version: figures computed with these values carry it; any change needs a new version (frozen.json). */
  version: z.string().min(1),
  frozen_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  structure: z.object({
    /** No mission or unprompted call for calm before the organisation's founding instrument is in force. */
    organs_gate: z.boolean(),
    rules: z.array(z.string()),
  }),
  weights: z
    .object(Object.fromEntries(WEIGHT_NAMES.map((n) => [n, z.number()])) as Record<WeightName, z.ZodNumber>)
    .refine((w) => w.tau > 0, {
      message: 'tau must be positive',
      path: ['tau'],
    }),
  levels: perAction,
  action_cost: perAction,
  ask_shape: perAction,
  bilateral_shape: perAction,
  side_taking: perAction,
  troops: perAction,
  severity: perThreat,
  regime_threat: perThreat,
  /** The instrument that created the organisation's standing organs (Secretariat, Joint Staff): missions and unprompted statements need it in force. */
  organisation: z.object({ instrument: z.string().min(1) }),
  capacity: z.object({ war: z.number().min(0).max(1), peacekeeping: z.number().min(0).max(1) }),
  ties: z.object({
    self: z.number().min(0),
    member_adversary: z.number().min(0),
    cooperation_event: z.number().min(0),
    cooperation_cap: z.number().min(0),
    hegemon_peacekeeping: z.number().min(0),
    /** Weight of a standing tie by the record's `details.kind`; other kinds are one-off cooperation. */
    kinds: z.record(z.string(), z.number().min(0)),
  }),
  fit: z.object({
    fitted: z.array(z.enum(WEIGHT_NAMES)),
    grid: z.array(z.number().positive()).min(1),
    prior_sd: z.number().positive(),
    rounds: z.number().int().positive(),
    /** The backtest's weak-prior variant: a wide grid and a loose prior, so the cases rather than the centres decide. */
    weak_prior: z.object({ prior_sd: z.number().positive(), grid: z.array(z.number().positive()).min(1) }),
  }),
  /** Choices tuned while looking at the cases, each with the values the backtest's sensitivity table tries instead. */
  declared_priors: z.array(
    z.object({
      choice: z.union([z.enum(WEIGHT_NAMES), z.literal('organs_gate')]),
      why: z.string(),
      values: z.array(z.union([z.number(), z.boolean()])),
    }),
  ),
  backtest: z.object({
    floor: z.number().positive().max(0.2),
    /** Random perturbations of every hand-set value: multiplicative log-normal noise of `log_sd`. */
    perturb: z.object({ draws: z.number().int().min(1), log_sd: z.number().positive(), seed: z.number().int().nonnegative() }),
    reliability_bins: z.number().int().min(2).max(20),
  }),
  /** The bootstrap over cases and hand-set values behind every interval `assess` gives. */
  intervals: z.object({
    draws: z.number().int().min(2),
    level: z.number().gt(0).lt(1),
    log_sd: z.number().nonnegative(),
    seed: z.number().int().nonnegative(),
  }),
});
export type ModelParams = z.infer<typeof ModelParams>;

/** Where an alliance's crisis-model parameters live in its pack. */
export function paramsPath(alliance: Alliance): string {
  return join(alliance.pack.dir, 'model', 'params.json');
}

/** Reads and validates the alliance's (or a given file's) params.json; a bad file throws a ZodError naming the field. */
export function loadParams(source: Alliance | string): ModelParams {
  const path = typeof source === 'string' ? source : paramsPath(source);
  return ModelParams.parse(JSON.parse(readFileSync(path, 'utf8')));
}
