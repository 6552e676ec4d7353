export { Workspace, withWorkspace, type WorkspaceOptions } from './workspace.js';
export {
  assess,
  backtest,
  coder,
  indicatorEngine,
  modelParams,
  packCoder,
  runSimulation,
  simHistory,
  simulationStart,
  simulatorSkill,
} from './analyses.js';
export { codedEvents, stateNumbers } from './event-codes.js';
export { parquetTable } from './parquet-table.js';
export { buildBrief, BRIEF_DEFAULTS, type Brief, type BriefOptions, type BriefPoint, type DeskView, type Outlook } from './brief.js';
export { pendingRequests, deskChoice, type PendingRequest, type DeskChoice } from './brief-requests.js';
export { renderBriefHtml, esc } from './brief-html.js';
export { extrapolatedAfter, freshness, gapFor, latestDataDay } from './freshness.js';
export { feedSources, packFeedsFile, watcher, type FeedSources, type WatchOptions } from './watch.js';
export { acceptProposal, checkEditActors, rejectProposal, retractProposal } from './review.js';
