import { z } from 'zod';
import { IsoDay, StatusOnDate, type Alliance, type EventFacts, type Member, type Summit } from '../domain/index.js';
import { COMPONENTS, type Component } from './weights.js';

/**
 * The fields of an event the indicators read: the domain's event, still a union on `type` with each
 * type's details, so a switch over the types must name every one. Every `ChronicleEvent` fits; so do
 * the benchmark's synthetic records, which skip the sourcing fields the indicators never look at.
 */
export type IndicatorEvent = EventFacts;

/** Everything the indicators are computed from; `today` is injected so results are reproducible. */
export interface IndicatorInput {
  /** The alliance the figures are about: its hegemon, forums and founding date. */
  readonly alliance: Alliance;
  readonly members: readonly Member[];
  readonly summits: readonly Summit[];
  readonly events: readonly IndicatorEvent[];
  /** YYYY-MM-DD: the last day anything can be known. */
  readonly today: string;
}

// The results below are zod schemas, so the API's responses and its OpenAPI document are built
// from them; the engine builds the values and nothing parses them on the way out.

/** One component: its value (0..1), the raw count of observations and their decayed weight. */
export const ComponentValue = z.object({
  value: z.number(),
  /** Observations on record as of the date (events, summits, votes), undecayed. */
  n: z.number(),
  /** Sum of the observations' recency weights; 0 when `measured` is false. */
  weight: z.number(),
  /** False when nothing on record fed the value, so it is the documented prior, not a measurement. */
  measured: z.boolean(),
});
export type ComponentValue = z.infer<typeof ComponentValue>;

const count = z.number().int().nonnegative();

/** Counts of everything that fed the figures, by kind. */
export const Coverage = z.object({
  exercises_taken_part: count,
  /** Exercises with a participants list that left the member off. */
  exercises_not_listed: count,
  exercises_boycotted: count,
  exercises_cancelled: count,
  summits_attended: count,
  summits_missed: count,
  declarations_refused: count,
  requests: count,
  requests_pending: count,
  un_votes: count,
  alignment_events: count,
  clashes: count,
  outside_cooperation: count,
});
export type Coverage = z.infer<typeof Coverage>;

export const StatusValue = z.object({
  de_jure: StatusOnDate,
  de_facto: StatusOnDate,
  /** Score of the de facto status (weights.json `status`); for the alliance, the retention share. */
  score: z.number(),
});
export type StatusValue = z.infer<typeof StatusValue>;

/** The indicators of one member, or of the alliance, on one date. */
const indicatorValues = {
  /** Composite cohesion index, 0..100. */
  cohesion: z.number(),
  components: z.object(Object.fromEntries(COMPONENTS.map((c) => [c, ComponentValue])) as Record<Component, typeof ComponentValue>),
  coverage: Coverage,
};
export const IndicatorValues = z.object(indicatorValues);
export type IndicatorValues = z.infer<typeof IndicatorValues>;

export const MemberIndicators = z.object({
  code: z.string(),
  name: z.string(),
  cow: z.number().int(),
  /** True while the state is a party (any status other than not_joined or withdrawn). */
  in_alliance: z.boolean(),
  status: StatusValue,
  ...indicatorValues,
});
export type MemberIndicators = z.infer<typeof MemberIndicators>;

export const AllianceIndicators = z.object({
  /** States that are parties on the date, whatever their status. */
  parties: count,
  /** Parties that are full members de facto. */
  full_members: count,
  ...indicatorValues,
});
export type AllianceIndicators = z.infer<typeof AllianceIndicators>;

/** The indicators as of one day. */
export const AsOfResult = z.object({
  as_of: IsoDay,
  alliance: AllianceIndicators,
  members: z.array(MemberIndicators),
});
export type AsOfResult = z.infer<typeof AsOfResult>;

/** One month of the series: the figures as of the month's last day (or today). */
export const SeriesPoint = AsOfResult.extend({ month: z.string() });
export type SeriesPoint = z.infer<typeof SeriesPoint>;
