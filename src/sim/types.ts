import type { AllianceSnapshot, Outcome } from '../domain/index.js';
import type { Component } from '../indicators/index.js';
import type { CrisisRequest } from '../model/index.js';

/** What the simulator learns from: a snapshot of the alliance, and how far it reaches. */
export interface SimHistory extends AllianceSnapshot {
  /** YYYY-MM-DD: the last day the chronicle was checked; no as-of date may lie beyond it. */
  readonly curatedTo: string;
  /** Months from a withdrawal notice to leaving (treaty's withdrawal_notice rule), when known. */
  readonly noticeMonths?: number | undefined;
}

/** A simulated request: the crisis model's CrisisRequest without the deaths, which a simulated crisis does not draw. */
export type SimRequest = Readonly<Omit<CrisisRequest, 'fatalities'>>;

/** The simulated state a decision depends on: the requester's alignment and the hegemon's capacity, 0..1. */
export interface DeciderState {
  readonly requesterAlignment: number;
  readonly hegemonCapacity: number;
  /** The same two on the as-of day, so a model that reads its own factors can apply only the change. */
  readonly startAlignment: number;
  readonly startCapacity: number;
}

/** A probability for each outcome; the four sum to 1. */
export type OutcomeDistribution = Readonly<Record<Outcome, number>>;

/** The crisis model as the simulator uses it: one request and a state in, outcome probabilities out. */
export type CrisisDecider = (request: SimRequest, state: DeciderState) => OutcomeDistribution;

/** Builds a decider for an as-of day, so it can be fitted on what was known then. */
export type DeciderFactory = (history: SimHistory, asOf: string) => CrisisDecider;

/** A member's starting values, 0..1, as the indicators give them on the as-of day. */
export interface MemberStart {
  readonly alignment: number;
  readonly participation: number;
  readonly outsidePull: number;
  /** The decayed weight of the observations behind the alignment (about how many recent votes and events); 0 when none. */
  readonly alignmentWeight?: number | undefined;
}

/** The whole starting point: per member values and the alliance-level components. */
export interface StartState {
  readonly members: ReadonlyMap<string, MemberStart>;
  /** The alliance's composite index (0..100) on the day, for comparison with the simulated months. */
  readonly index: number;
  readonly guarantee: number;
  /** Internal conflict, 0..1 (I / (1 + I) of the decayed clash intensity). */
  readonly conflict: number;
  /** The hegemon's spare capacity read from its commitments on the day. */
  readonly hegemonCapacity: number;
  /** Composite weights and status scores of the alliance index. */
  readonly weights: IndexWeights;
  /** Half-lives (months) of the index components that decay. */
  readonly halfLife: { readonly guarantee: number; readonly conflict: number };
  readonly outcomeScore: Readonly<Record<Outcome, number>>;
}

/** Weights of the composite index and the score of each status. */
export interface IndexWeights {
  readonly composite: Readonly<Record<Component, number>>;
  readonly status: Readonly<Record<string, number>>;
}

/** Reads the starting point from history as of a day. */
export type StartFn = (history: SimHistory, asOf: string) => StartState;
