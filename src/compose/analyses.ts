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
import type { DataGap } from '../domain/index.js';
import { gapFor, latestDataDay } from './freshness.js';
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
export function assess(ws: Workspace, request: CrisisRequest): RequestAssessment & { data_gap: DataGap | null } {
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
  // Any day up to today may be asked: after the latest event the answer says how old its data is.
  const a = assessRequest(request, {
    data,
    base,
    span: { first: ws.span().first, last: ws.today() },
    cases,
    fit: (past) => ws.memo(`model:fit:${past.length}`, () => fitParams([...past], base)),
    record: () => ws.memo('model:record', () => trackRecord(data, base)),
  });
  return { ...a, data_gap: gapFor(ws, request.date) };
}

/** Leave-one-out backtest of the crisis model over the store's chronicle, with its variants (draws: perturbations). */
export function backtest(ws: Workspace, opts: BacktestOptions = {}): BacktestResult {
  return ws.memo(`model:backtest:${opts.draws ?? 'default'}`, () => runBacktest(ws.snapshot(), modelParams(ws), opts));
}

/** The simulator's view of the store: the pack plus whatever was imported; a run may start on any day up to today. */
export function simHistory(ws: Workspace): SimHistory {
  return ws.memo('sim:history', () => historyOf(ws.snapshot(), ws.today()));
}

/**
 * Where a simulation starts: the day asked for, else the latest day the data speaks for. A later day
 * (up to today) runs from the state carried forward, and `data_gap` says so.
 */
export function simulationStart(ws: Workspace, asOf: string | undefined): { asOf: string; data_gap: DataGap | null } {
  const day = asOf ?? latestDataDay(ws);
  return { asOf: day, data_gap: gapFor(ws, day) };
}

/** A seeded Monte Carlo run from the store's history, from `simulationStart`. */
export async function runSimulation(
  ws: Workspace,
  opts: Omit<SimulateOptions, 'history' | 'asOf'> & { asOf?: string | undefined },
): Promise<SimResult & { data_gap: DataGap | null }> {
  const start = simulationStart(ws, opts.asOf);
  const r = await simulate({ ...opts, history: simHistory(ws), asOf: start.asOf });
  return { ...r, data_gap: start.data_gap };
}

/**
 * Walk-forward skill of the simulator over the store's history up to the latest day the data speaks
 * for: the fitted exit hazard, and the same with its effects set to zero.
 */
export function simulatorSkill(
  ws: Workspace,
  opts: { runs?: number | undefined; seed?: number | undefined; firstYear?: number | undefined; lastYear?: number | undefined },
): HazardSkillReport {
  return walkForwardWithBaseline({
    history: ws.memo('sim:history:data', () => historyOf(ws.snapshot(), latestDataDay(ws))),
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
