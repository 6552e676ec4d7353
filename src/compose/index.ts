export { Workspace, withWorkspace, type WorkspaceOptions } from './workspace.js';
export { assess, backtest, coder, indicatorEngine, modelParams, packCoder, runSimulation, simHistory, simulatorSkill } from './analyses.js';
export { codedEvents, stateNumbers } from './event-codes.js';
export { parquetTable } from './parquet-table.js';
