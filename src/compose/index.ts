export { Workspace, withWorkspace, type WorkspaceOptions } from './workspace.js';
export { assess, backtest, coder, indicatorEngine, modelParams, packCoder, runSimulation, simHistory, simulatorSkill } from './analyses.js';
