import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ActorCode, type Alliance } from '../domain/index.js';

/** The components of the composite, in the order every table and panel lists them. */
export const COMPONENTS = ['participation', 'guarantee', 'alignment', 'conflict', 'outside_pull', 'status'] as const;
export type Component = (typeof COMPONENTS)[number];

const share = z.number().min(0).max(1);
const positive = z.number().positive();
const perComponent = <T extends z.ZodType>(t: T) =>
  z.object({ participation: t, guarantee: t, alignment: t, conflict: t, outside_pull: t, status: t });
const prior = z.object({ mean: share, weight: positive });

/** The fixed parameters of the indicators (src/data/csto/indicators/weights.json). */
export const IndicatorWeights = z
  .object({
    version: z.literal(1),
    note: z.string().optional(),
    composite: perComponent(share),
    half_life_months: perComponent(positive),
    priors: z.object({ participation: prior, guarantee: prior, alignment: prior }),
    participation: z.object({
      exercise: positive,
      unlisted: share,
      /** Weight of a summit by forum code; a forum left out counts nothing. */
      summit: z.record(z.string(), share),
      refusal: positive,
      forum_members: z.record(z.string(), z.array(ActorCode)),
    }),
    guarantee: z.object({
      outcome_score: z.object({ deploy: share, mission: share, statement: share, none: share }),
      targets: z.array(ActorCode).min(1),
    }),
    alignment: z.object({
      vote_agreement: z.object({ same: share, one_abstains: share, opposite: share }),
      event_weight: positive,
    }),
    conflict: z.object({ scale: positive }),
    outside_pull: z.object({ scale: positive, partners: z.record(z.string(), share), other_partner: share }),
    status: z.object({
      member: share,
      withdrawal_announced: share,
      suspended: share,
      frozen: share,
      withdrawn: share,
      not_joined: share,
    }),
  })
  .refine((w) => Math.abs(COMPONENTS.reduce((s, c) => s + w.composite[c], 0) - 1) < 1e-9, {
    message: 'composite weights must sum to 1',
    path: ['composite'],
  });
export type IndicatorWeights = z.infer<typeof IndicatorWeights>;

/** Where an alliance's indicator weights live in its pack. */
export function weightsPath(alliance: Alliance): string {
  return join(alliance.pack.dir, 'indicators', 'weights.json');
}

const cache = new Map<string, IndicatorWeights>();

/** Reads and validates a weights file once per path; a bad file is a bug in the data, so it throws. */
export function loadWeights(source: Alliance | string): IndicatorWeights {
  const path = typeof source === 'string' ? source : weightsPath(source);
  let parsed = cache.get(path);
  if (!parsed) cache.set(path, (parsed = IndicatorWeights.parse(JSON.parse(readFileSync(path, 'utf8')))));
  return parsed;
}

/** The same parameters with other composite weights (for robustness checks). */
export function withComposite(w: IndicatorWeights, composite: Record<Component, number>): IndicatorWeights {
  return { ...w, composite: { ...composite } };
}
