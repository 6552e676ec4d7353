import { IsoDay } from '../domain/index.js';
import { defaultDecider } from './decider.js';
import { Scratch, Tally, simulateRun } from './engine.js';
import { SimInputError } from './errors.js';
import { firstDataDay } from './history.js';
import { loadSimParams, type SimParams } from './params.js';
import { makePlan, type Plan } from './plan.js';
import { isSeed } from './rng.js';
import { BASELINE, type Scenario } from './scenario.js';
import { indicatorStart } from './start.js';
import { summarise, type SimResult } from './summary.js';
import type { DeciderFactory, SimHistory, StartFn } from './types.js';

/** A simulation request; everything but the history and the four numbers has a default. */
export interface SimulateOptions {
  readonly history: SimHistory;
  readonly asOf: string;
  readonly horizon: number;
  readonly runs: number;
  readonly seed: number;
  readonly scenario?: Scenario | undefined;
  readonly params?: SimParams | undefined;
  readonly decider?: DeciderFactory | undefined;
  readonly start?: StartFn | undefined;
  /** Stops between runs; the result then covers the runs finished so far. */
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Upper bounds that keep a typo from asking for a week of work. */
export const LIMITS = { horizon: 600, runs: 10_000_000 } as const;

/** Checks the numbers and the as-of day against the data; the message names the option. */
export function checkSimOptions(o: Pick<SimulateOptions, 'history' | 'asOf' | 'horizon' | 'runs' | 'seed'>): void {
  if (!IsoDay.safeParse(o.asOf).success)
    throw new SimInputError(`as-of: ${JSON.stringify(o.asOf)} is not a date (expected YYYY-MM-DD, a real day)`);
  const first = firstDataDay(o.history);
  if (o.asOf < first) throw new SimInputError(`as-of: ${o.asOf} is before the data begins (${first}, the first membership)`);
  if (o.asOf > o.history.curatedTo) throw new SimInputError(`as-of: ${o.asOf} is after the data ends (curated to ${o.history.curatedTo})`);
  if (!Number.isInteger(o.horizon) || o.horizon < 1 || o.horizon > LIMITS.horizon)
    throw new SimInputError(`horizon: ${o.horizon} is not a whole number of months from 1 to ${LIMITS.horizon}`);
  if (!Number.isInteger(o.runs) || o.runs < 1 || o.runs > LIMITS.runs)
    throw new SimInputError(`runs: ${o.runs} is not a whole number from 1 to ${LIMITS.runs}`);
  if (!isSeed(o.seed)) throw new SimInputError(`seed: ${o.seed} is not a whole number from 0 to 4294967295`);
}

/** Fits, reads the starting point and builds the crisis-model table: everything before the first run. */
export function prepareSimulation(o: SimulateOptions): { plan: Plan; indexStart: number; scenario: Scenario } {
  checkSimOptions(o);
  const params = o.params ?? loadSimParams(o.history.alliance);
  const scenario = o.scenario ?? BASELINE;
  const start = (o.start ?? indicatorStart)(o.history, o.asOf);
  const decide = (o.decider ?? defaultDecider)(o.history, o.asOf);
  return { plan: makePlan(o.history, o.asOf, o.horizon, params, scenario, start, decide), indexStart: start.index, scenario };
}

/** Runs runs [from, from + count) of a prepared plan into a fresh tally (the bench times exactly this). */
export function runInto(plan: Plan, seed: number, from: number, count: number): Tally {
  const tally = new Tally(plan.codes.length, plan.horizon, plan.bins);
  const scratch = new Scratch(plan.codes.length);
  for (let r = from; r < from + count; r++) simulateRun(plan, seed, r, tally, scratch);
  return tally;
}

/** Runs every run in one go (tests, the walk-forward, the bench). Same seed, same result. */
export function simulateSync(o: SimulateOptions): SimResult {
  const { plan, indexStart, scenario } = prepareSimulation(o);
  const tally = runInto(plan, o.seed, 0, o.runs);
  return summarise(plan, tally, o.seed, o.runs, scenario.name, indexStart);
}

/**
 * Runs in batches and yields to the event loop between them, so progress can be drawn and Ctrl-C
 * (an aborted signal) stops after the current run with a result covering the runs done.
 */
export async function simulate(o: SimulateOptions): Promise<SimResult> {
  const { plan, indexStart, scenario } = prepareSimulation(o);
  const tally = new Tally(plan.codes.length, plan.horizon, plan.bins);
  const scratch = new Scratch(plan.codes.length);
  // About 20 ms of work per batch: responsive to a signal without slowing the loop.
  const batch = Math.max(1, Math.floor(40_000 / Math.max(1, plan.horizon * plan.codes.length)));
  for (let r = 0; r < o.runs && !o.signal?.aborted;) {
    const end = Math.min(o.runs, r + batch);
    for (; r < end; r++) simulateRun(plan, o.seed, r, tally, scratch);
    o.onProgress?.(r, o.runs);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return summarise(plan, tally, o.seed, o.runs, scenario.name, indexStart);
}
