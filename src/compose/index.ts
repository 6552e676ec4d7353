export { Workspace, withWorkspace, type WorkspaceOptions } from './workspace.js';
export { assess, backtest, coder, indicatorEngine, modelParams, packCoder, runSimulation, simHistory, simulatorSkill } from './analyses.js';
export { codedEvents, stateNumbers } from './event-codes.js';
export { parquetTable } from './parquet-table.js';
export { buildBrief, BRIEF_DEFAULTS, type Brief, type BriefOptions, type BriefPoint, type DeskView, type Outlook } from './brief.js';
export { pendingRequests, deskChoice, type PendingRequest, type DeskChoice } from './brief-requests.js';
export { renderBriefHtml, esc } from './brief-html.js';
