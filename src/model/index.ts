export { assess, predict } from './assess.js';
export {
  buildContext,
  invocationsOf,
  invokes,
  type Invocation,
  type ModelContext,
  type ModelData,
  type Commitment,
  type CooperationRecord,
} from './context.js';
export { fitParams, totalLogLoss, type FitCase } from './fit.js';
export { runBacktest, fitCases, dayBefore, type BacktestOptions, type BacktestResult } from './backtest.js';
export { leaveOneOut, refit, noRefit, scoresOf, type BacktestRow, type Fitter, type Scores, type VariantScores } from './loo.js';
export {
  quantile,
  reliabilityOf,
  type PerturbedScores,
  type Reliability,
  type ReliabilityBin,
  type Sensitivity,
  type Variants,
} from './variants.js';
export { perturbParams, handSetCount } from './perturb.js';
export { askable, backtestCases, caseDay, type BacktestCase } from './cases.js';
export { loadParams, ModelParams, paramsPath, WEIGHT_NAMES, type WeightName } from './params.js';
export { acceptance, decide, modalOf, routeOf, type Decision } from './procedure.js';
export { alignmentOf, organisationOn, participationOf, partnerShare, spareCapacity, standingOf, tiesWith } from './factors.js';
export { callForCalm, type CallForCalm } from './secretariat.js';
export { alignmentAsOf, type AlignmentReading } from './alignment.js';
export { withOverrides, type AssessOverrides } from './overrides.js';
export { memberUtility, type MemberUtility } from './utility.js';
export { brier, floored, logLoss, alwaysNone, frequencies } from './scoring.js';
export { ModelInputError } from './errors.js';
export {
  ACTIONS,
  Asked,
  CrisisRequest,
  type Action,
  type Assessment,
  type Distribution,
  type Framing,
  type MemberStance,
  type PerAction,
  type Route,
} from './types.js';
export { assessRequest, type AssessSetup, type RequestAssessment } from './assess-request.js';
export { bootstrapIntervals, type IntervalReport, type Intervals } from './intervals.js';
export { similarRecord, trackRecord, type SimilarRecord, type TrackRecord } from './record.js';
