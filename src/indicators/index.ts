export { IndicatorEngine, parseMonth, prepareIndicators } from './engine.js';
export { IndicatorInputError } from './errors.js';
export { compositeOf } from './evaluate.js';
export { explain, type Explanation, type Mover } from './explain.js';
export { PANEL_COLUMNS, allianceRow, memberRow, panelRows, type PanelCell, type PanelRow } from './panel.js';
export {
  AllianceIndicators,
  AsOfResult,
  ComponentValue,
  Coverage,
  IndicatorValues,
  MemberIndicators,
  SeriesPoint,
  StatusValue,
  type IndicatorEvent,
  type IndicatorInput,
} from './types.js';
export { COMPONENTS, IndicatorWeights, loadWeights, weightsPath, withComposite, type Component } from './weights.js';
