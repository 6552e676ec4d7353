export { Workspace, withWorkspace, type WorkspaceOptions } from './workspace.js';
export { assess, backtest, coder, indicatorEngine, modelParams, packCoder, runSimulation, simHistory, simulatorSkill } from './analyses.js';
export { extrapolatedAfter, freshness, gapFor, latestDataDay } from './freshness.js';
export { feedSources, packFeedsFile, watcher, type FeedSources, type WatchOptions } from './watch.js';
export { acceptProposal, checkEditActors, rejectProposal, retractProposal } from './review.js';
