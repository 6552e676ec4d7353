import { z } from 'zod';
import { IsoDay } from '../../domain/index.js';
import { Scenario, historyOf, type SimHistory, type SimResult } from '../../sim/index.js';
import { simulateInWorker } from '../sim-runner.js';
import type { AdapterContext } from './context.js';

/** Most runs one API request may ask for, so one client cannot hold the server for long. */
export const MAX_RUNS = 20_000;
/** Longest horizon in months one API request may ask for. */
export const MAX_HORIZON = 120;

/** POST /api/simulate: `bloc simulate`'s options, with runs and horizon bounded. */
export const SimulateBody = z.strictObject({
  as_of: IsoDay.optional(),
  horizon: z.number().int().min(1).max(MAX_HORIZON).default(36),
  runs: z.number().int().min(1).max(MAX_RUNS).default(2000),
  seed: z.number().int().min(0).max(4_294_967_295).default(1),
  scenario: Scenario.optional(),
});
export type SimulateBody = z.infer<typeof SimulateBody>;

/** How one simulation may run: stopped when `signal` aborts (the client left) or after `timeoutMs`. */
export interface SimJob {
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs: number;
}

/** What the API needs of src/sim. */
export interface SimAdapter {
  readonly request: typeof SimulateBody;
  simulate(ctx: AdapterContext, request: SimulateBody, job: SimJob): Promise<SimResult>;
}

// The simulator's view of the store, as `bloc simulate` builds it: cut at today or the curation date.
function history(ctx: AdapterContext): SimHistory {
  return ctx.memo('sim:history', () => {
    const { store } = ctx;
    return historyOf(
      { members: store.members(), summits: store.summits(), events: store.events(), treaty: store.treaty() },
      store.span(ctx.today).last,
    );
  });
}

/** The live adapter: each simulation runs in a low-priority worker thread, so reads are served meanwhile. */
export const simAdapter: SimAdapter | undefined = {
  request: SimulateBody,
  simulate(ctx, r, job) {
    const h = history(ctx);
    const options = { history: h, asOf: r.as_of ?? h.curatedTo, horizon: r.horizon, runs: r.runs, seed: r.seed, scenario: r.scenario };
    return simulateInWorker(options, job.signal, job.timeoutMs);
  },
};
