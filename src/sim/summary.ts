import { z } from 'zod';
import { IsoDay, monthString } from '../domain/index.js';
import type { Tally } from './engine.js';
import { STATUS_CODES } from './history.js';
import type { Plan } from './plan.js';

// The result is a zod schema, so the API's response and its OpenAPI document are built from it; the
// simulator builds the value and nothing parses it on the way out.

const status = z.enum(STATUS_CODES);

/** Probability of each status at the horizon. */
export const StatusProbabilities = z.object(
  Object.fromEntries(STATUS_CODES.map((s) => [s, z.number()])) as Record<(typeof STATUS_CODES)[number], z.ZodNumber>,
);
export type StatusProbabilities = z.infer<typeof StatusProbabilities>;

/** One member's line of the result. */
export const MemberSummary = z.object({
  code: z.string(),
  start_status: status,
  status_probabilities: StatusProbabilities,
  /** Probability of at least one request answered only by a statement or not at all. */
  p_unanswered_request: z.number(),
  p_status_change: z.number(),
  p_exercise_boycott: z.number(),
  p_summit_absence: z.number(),
});
export type MemberSummary = z.infer<typeof MemberSummary>;

/** The alliance index in one month: median and the 10–90% band over runs. */
export const IndexBand = z.object({ month: z.string(), p10: z.number(), median: z.number(), p90: z.number() });
export type IndexBand = z.infer<typeof IndexBand>;

/** What `bloc simulate` prints. */
export const SimResult = z.object({
  as_of: IsoDay,
  horizon: z.number().int(),
  /** Runs the figures cover: fewer than requested when the run was interrupted. */
  runs: z.number().int(),
  runs_requested: z.number().int(),
  complete: z.boolean(),
  seed: z.number().int(),
  scenario: z.string(),
  members: z.array(MemberSummary),
  alliance: z.object({ index_start: z.number().nullable(), index: z.array(IndexBand) }),
});
export type SimResult = z.infer<typeof SimResult>;

const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;

/** The q-quantile (0..100 scale) of a histogram of `total` values over `bins` equal bins of 0..1, interpolated inside its bin. */
export function histogramQuantile(h: Uint32Array, offset: number, bins: number, total: number, q: number): number {
  if (total === 0) return Number.NaN;
  const target = q * total;
  let acc = 0;
  for (let b = 0; b < bins; b++) {
    const c = h[offset + b]!;
    if (c > 0 && acc + c >= target) return (100 * (b + (target - acc) / c)) / bins;
    acc += c;
  }
  return 100;
}

/** Turns the streaming tally into the printed result. */
export function summarise(p: Plan, t: Tally, seed: number, runsRequested: number, scenario: string, indexStart: number | null): SimResult {
  const r = t.runs;
  const pr = (x: number): number => (r ? round(x / r) : 0);
  const members = p.codes.map((code, i): MemberSummary => {
    const probs = Object.fromEntries(
      STATUS_CODES.map((s, k) => [s, pr(t.statusAtHorizon[i * STATUS_CODES.length + k]!)]),
    ) as StatusProbabilities;
    return {
      code,
      start_status: STATUS_CODES[p.status0[i]!]!,
      status_probabilities: probs,
      p_unanswered_request: pr(t.unanswered[i]!),
      p_status_change: pr(t.changed[i]!),
      p_exercise_boycott: pr(t.boycott[i]!),
      p_summit_absence: pr(t.absence[i]!),
    };
  });
  const index: IndexBand[] = [];
  for (let m = 0; m < p.horizon; m++) {
    const q = (x: number) => round(histogramQuantile(t.histogram, m * t.bins, t.bins, r, x), 2);
    index.push({ month: monthString(p.firstMonth + m), p10: q(0.1), median: q(0.5), p90: q(0.9) });
  }
  return {
    as_of: p.asOf,
    horizon: p.horizon,
    runs: r,
    runs_requested: runsRequested,
    complete: r === runsRequested,
    seed,
    scenario,
    members,
    alliance: { index_start: indexStart === null ? null : round(indexStart, 2), index },
  };
}
