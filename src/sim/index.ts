export { defaultDecider } from './decider.js';
export { SimInputError } from './errors.js';
export { frequencyDecider } from './frequency-decider.js';
export { historyOf } from './pack-history.js';
export { SimParams, loadSimParams, simParamsPath } from './params.js';
export { Rng } from './rng.js';
export { BASELINE, Scenario, parseScenario, pathAt, readScenario } from './scenario.js';
export { LIMITS, checkSimOptions, prepareSimulation, runInto, simulate, simulateSync, type SimulateOptions } from './simulate.js';
export { modelDeciderFactory } from './model-decider.js';
export { hegemonCapacity, indicatorStart } from './start.js';
export type { IndexBand, MemberSummary, SimResult, StatusProbabilities } from './summary.js';
export type {
  CrisisDecider,
  DeciderFactory,
  DeciderState,
  OutcomeDistribution,
  SimHistory,
  SimRequest,
  StartFn,
  StartState,
} from './types.js';
export { SKILL_OUTCOMES, type SkillOutcome } from './skill/labels.js';
export {
  walkForward,
  walkForwardWithBaseline,
  quarterStarts,
  type HazardSkillReport,
  type OutcomeSkill,
  type SkillReport,
  type WalkForwardOptions,
} from './skill/walk-forward.js';
export { exitModelAsOf, type ExitModel } from './exit-model.js';
export { COVARIATES } from './hazard-panel.js';
