import type { ModelData } from './context.js';
import { fitCases } from './backtest.js';
import { leaveOneOut, refit, type BacktestRow } from './loo.js';
import type { ModelParams } from './params.js';
import { reliabilityOf, type Reliability } from './variants.js';
import type { CrisisRequest } from './types.js';

/** The model's held-out record: every case predicted leave-one-out, and the reliability diagram of those forecasts. */
export interface TrackRecord {
  readonly rows: readonly BacktestRow[];
  readonly reliability: Reliability;
}

/** The record on cases like one asked about, as the crisis desk shows it. */
export interface SimilarRecord {
  /** What "like" meant: the same party asked (or none) and the same threat, or only the same party asked when no case matches both. */
  readonly matched_on: string;
  readonly cases: readonly Pick<BacktestRow, 'id' | 'requester' | 'date' | 'threat' | 'predicted' | 'actual' | 'match' | 'p_actual'>[];
  readonly accuracy: number | null;
  readonly reliability: Reliability;
}

/** The refit leave-one-out of `bloc backtest` (its top-level figures), with its reliability diagram. */
export function trackRecord(data: ModelData, params: ModelParams): TrackRecord {
  const rows = leaveOneOut(fitCases(data), params, refit);
  return { rows, reliability: reliabilityOf(rows, params.backtest.reliability_bins) };
}

/** The held-out cases that went to the same party with the same kind of threat (or, failing that, to the same party). */
export function similarRecord(record: TrackRecord, request: Pick<CrisisRequest, 'asked' | 'threat'>): SimilarRecord {
  const sameParty = record.rows.filter((r) => r.asked === request.asked);
  const both = sameParty.filter((r) => r.threat === request.threat);
  const rows = both.length > 0 ? both : sameParty;
  const matched_on =
    both.length > 0 ? `asked ${request.asked ?? 'nobody'}, threat ${request.threat}` : `asked ${request.asked ?? 'nobody'}`;
  return {
    matched_on,
    cases: rows.map(({ id, requester, date, threat, predicted, actual, match, p_actual }) => ({
      id,
      requester,
      date,
      threat,
      predicted,
      actual,
      match,
      p_actual,
    })),
    accuracy: rows.length ? rows.filter((r) => r.match).length / rows.length : null,
    reliability: record.reliability,
  };
}
