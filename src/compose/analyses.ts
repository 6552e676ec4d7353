import { NewsCoder, type CoderOptions } from '../coder/index.js';
import { loadPack, resolvePackDir } from '../data/index.js';
import { IndicatorInputError, prepareIndicators, type IndicatorEngine } from '../indicators/index.js';
import {
  askable,
  invocationsOf,
  assessRequest,
  fitCases,
  fitParams,
  loadParams,
  ModelInputError,
  runBacktest,
  trackRecord,
  type BacktestOptions,
  type BacktestResult,
  type CrisisRequest,
  type ModelParams,
  type RequestAssessment,
} from '../model/index.js';
import {
  historyOf,
  simulate,
  walkForwardWithBaseline,
  type HazardSkillReport,
  type SimHistory,
  type SimResult,
  type SimulateOptions,
} from '../sim/index.js';
import type { Workspace } from './workspace.js';

/** The indicator engine over the store's chronicle, compiled once per store state. An empty store is an input error. */
export function indicatorEngine(ws: Workspace): IndicatorEngine {
  return ws.memo('indicators', () => {
    const snap = ws.snapshot();
    if (snap.members.length === 0 || snap.events.length === 0) {
      throw new IndicatorInputError(
        `the store holds ${snap.events.length} events and ${snap.members.length} members; nothing to compute indicators from (load the data pack or import events first)`,
      );
    }
    return prepareIndicators({
      alliance: ws.alliance,
      members: snap.members,
      summits: snap.summits,
      events: snap.events,
      today: ws.today(),
    });
  });
}

/** The crisis model's base parameters, from the alliance's pack. */
export function modelParams(ws: Workspace): ModelParams {
  return ws.memo('model:params', () => loadParams(ws.alliance));
}

/**
 * What the alliance would do about a request, fitted only on cases before it and read as known the day
 * before (the same rule as the backtest). Throws ModelInputError naming the field at fault.
 */
export function assess(ws: Workspace, request: CrisisRequest): RequestAssessment {
  const data = ws.snapshot();
  const articles = invocationsOf(data.treaty);
  if (request.article !== null && articles[request.article] === undefined)
    throw new ModelInputError(
      'article',
      `${request.article} is not an article of the treaty that calls for consultations or collective defence (${Object.keys(articles).join(', ')})`,
    );
  if (request.asked !== null && !askable(ws.alliance, request.asked))
    throw new ModelInputError('asked', `${request.asked} is neither ${ws.alliance.code} nor its hegemon ${ws.alliance.hegemon}`);
  const base = modelParams(ws);
  const cases = ws.memo('model:cases', () => fitCases(data));
  return assessRequest(request, {
    data,
    base,
    span: ws.span(),
    cases,
    fit: (past) => ws.memo(`model:fit:${past.length}`, () => fitParams([...past], base)),
    record: () => ws.memo('model:record', () => trackRecord(data, base)),
  });
}

/** Leave-one-out backtest of the crisis model over the store's chronicle, with its variants (draws: perturbations). */
export function backtest(ws: Workspace, opts: BacktestOptions = {}): BacktestResult {
  return ws.memo(`model:backtest:${opts.draws ?? 'default'}`, () => runBacktest(ws.snapshot(), modelParams(ws), opts));
}

/** The simulator's view of the store: the pack plus whatever was imported, up to the curation date (never past today). */
export function simHistory(ws: Workspace): SimHistory {
  return ws.memo('sim:history', () => historyOf(ws.snapshot(), ws.span().last));
}

/** A seeded Monte Carlo run from the store's history; the as-of day defaults to the end of the data. */
export function runSimulation(
  ws: Workspace,
  opts: Omit<SimulateOptions, 'history' | 'asOf'> & { asOf?: string | undefined },
): Promise<SimResult> {
  const history = simHistory(ws);
  return simulate({ ...opts, history, asOf: opts.asOf ?? history.curatedTo });
}

/** Walk-forward skill of the simulator over the store's history: the fitted exit hazard, and the same with its effects set to zero. */
export function simulatorSkill(
  ws: Workspace,
  opts: { runs?: number | undefined; seed?: number | undefined; firstYear?: number | undefined; lastYear?: number | undefined },
): HazardSkillReport {
  return walkForwardWithBaseline({
    history: simHistory(ws),
    runs: opts.runs,
    seed: opts.seed,
    firstYear: opts.firstYear,
    lastYear: opts.lastYear,
  });
}

/** The news coder for the alliance (every language of its pack), with leaders as the store holds them; built once per store state. */
export function coder(ws: Workspace): NewsCoder {
  return ws.memo('coder', () => new NewsCoder({ alliance: ws.alliance, members: ws.store.members(), leaders: ws.store.leaders() }));
}

/** The news coder for a pack read from its files, with no store: what `bloc extract` and the evaluation use. */
export function packCoder(packOption?: string | undefined, trace?: CoderOptions['trace']): NewsCoder {
  const pack = loadPack(resolvePackDir(packOption));
  return new NewsCoder({ alliance: pack.alliance, members: pack.members, leaders: pack.leaders, ...(trace ? { trace } : {}) });
}
