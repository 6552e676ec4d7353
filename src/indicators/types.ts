import type { Alliance, Member, StatusOnDate, Summit } from '../domain/index.js';
import type { Component } from './weights.js';

/**
 * The fields of an event the indicators read. Every `ChronicleEvent` fits; so do the benchmark's
 * synthetic records, which skip the sourcing fields the indicators never look at.
 */
export interface IndicatorEvent {
  readonly id?: string;
  readonly type: string;
  readonly actor: string;
  readonly target: string | null;
  readonly date: string | null;
  readonly reported?: string | undefined;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
}

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

/** One component: its value (0..1), the raw count of observations and their decayed weight. */
export interface ComponentValue {
  readonly value: number;
  /** Observations on record as of the date (events, summits, votes), undecayed. */
  readonly n: number;
  /** Sum of the observations' recency weights; 0 when `measured` is false. */
  readonly weight: number;
  /** False when nothing on record fed the value, so it is the documented prior, not a measurement. */
  readonly measured: boolean;
}

/** Counts of everything that fed the figures, by kind. */
export interface Coverage {
  readonly exercises_taken_part: number;
  /** Exercises with a participants list that left the member off. */
  readonly exercises_not_listed: number;
  readonly exercises_boycotted: number;
  readonly exercises_cancelled: number;
  readonly summits_attended: number;
  readonly summits_missed: number;
  readonly declarations_refused: number;
  readonly requests: number;
  readonly requests_pending: number;
  readonly un_votes: number;
  readonly alignment_events: number;
  readonly clashes: number;
  readonly outside_cooperation: number;
}

export interface StatusValue {
  readonly de_jure: StatusOnDate;
  readonly de_facto: StatusOnDate;
  /** Score of the de facto status (weights.json `status`); for the alliance, the retention share. */
  readonly score: number;
}

/** The indicators of one member, or of the alliance, on one date. */
export interface IndicatorValues {
  /** Composite cohesion index, 0..100. */
  readonly cohesion: number;
  readonly components: Readonly<Record<Component, ComponentValue>>;
  readonly coverage: Coverage;
}

export interface MemberIndicators extends IndicatorValues {
  readonly code: string;
  readonly name: string;
  readonly cow: number;
  /** True while the state is a party (any status other than not_joined or withdrawn). */
  readonly in_alliance: boolean;
  readonly status: StatusValue;
}

export interface AllianceIndicators extends IndicatorValues {
  /** States that are parties on the date, whatever their status. */
  readonly parties: number;
  /** Parties that are full members de facto. */
  readonly full_members: number;
}

/** The indicators as of one day. */
export interface AsOfResult {
  readonly as_of: string;
  readonly alliance: AllianceIndicators;
  readonly members: readonly MemberIndicators[];
}

/** One month of the series: the figures as of the month's last day (or today). */
export interface SeriesPoint extends AsOfResult {
  readonly month: string;
}
