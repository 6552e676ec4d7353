import { statusOn } from '../domain/index.js';
import { assess } from './assess.js';
import { dayBefore, fitCases } from './backtest.js';
import type { ModelData } from './context.js';
import { buildContext } from './context.js';
import { ModelInputError } from './errors.js';
import { fitParams, type FitCase } from './fit.js';
import type { ModelParams } from './params.js';
import { bootstrapIntervals, type IntervalReport } from './intervals.js';
import { similarRecord, trackRecord, type SimilarRecord, type TrackRecord } from './record.js';
import type { Assessment, CrisisRequest } from './types.js';

/** What `bloc assess` and POST /api/assess answer: the assessment, its 80% intervals and the model's record on similar cases. */
export interface RequestAssessment extends Assessment {
  readonly fitted_on: number;
  /** For each outcome, [lo, hi] at `interval.level`; each contains the point probability of `distribution`. */
  readonly intervals: IntervalReport['intervals'];
  readonly interval: Omit<IntervalReport, 'intervals'>;
  readonly record: SimilarRecord;
  readonly params_version: string;
}

/** What a user-facing assessment needs besides the request: the data, its span, and base parameters. */
export interface AssessSetup {
  readonly data: ModelData;
  readonly base: ModelParams;
  /** First and last day the data covers (treaty signature to the day the chronicle was curated to). */
  readonly span: { readonly first: string; readonly last: string };
  /** Cases to fit on, when the caller has them cached; computed from the data otherwise. */
  readonly cases?: readonly FitCase[];
  /** A memo for fitted parameters, keyed by how many past cases they were fitted on. */
  readonly fit?: (past: readonly FitCase[]) => ModelParams;
  /** A memo for the held-out record (one leave-one-out over all cases); computed when absent. */
  readonly record?: () => TrackRecord;
  /** Bootstrap draws for the intervals (params.json `intervals.draws` by default). */
  readonly draws?: number;
}

/**
 * Assesses a request the way `bloc assess` and the API take it: checks it against the data, fits
 * the weights only on cases before its date, and reads factors as known the day before, as the
 * backtest predicts each case. Throws ModelInputError naming the field at fault.
 */
export function assessRequest(request: CrisisRequest, setup: AssessSetup): RequestAssessment {
  const { data, base, span } = setup;
  if (request.date < span.first || request.date > span.last) {
    throw new ModelInputError('date', `${request.date} is outside the data (${span.first} to ${span.last})`);
  }
  const member = data.members.find((m) => m.code === request.requester);
  if (!member) throw new ModelInputError('requester', `${request.requester} was never a party to the treaty`);
  const status = statusOn(member, request.date).status;
  if (status !== 'member')
    throw new ModelInputError('requester', `${request.requester} was not a full member on ${request.date} (status: ${status})`);
  const past = (setup.cases ?? fitCases(data)).filter((c) => c.request.date < request.date);
  const params = past.length === 0 ? base : setup.fit ? setup.fit(past) : fitParams([...past], base);
  const ctx = buildContext(data, dayBefore(request.date));
  const a = assess(request, ctx, params);
  const { intervals, ...interval } = bootstrapIntervals(a.request, ctx, past, base, a.distribution, setup.draws);
  const record = similarRecord(setup.record ? setup.record() : trackRecord(data, base), a.request);
  return { ...a, fitted_on: past.length, intervals, interval, record, params_version: base.version };
}
