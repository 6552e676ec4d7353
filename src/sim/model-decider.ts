import { assess, buildContext, fitCases, fitParams, loadParams, spareCapacity, type ModelData, type ModelParams } from '../model/index.js';
import { frequencyDecider } from './frequency-decider.js';
import type { CrisisDecider, DeciderFactory, OutcomeDistribution } from './types.js';

// Refits are keyed by how many cases were known: between two requests the fit cannot change.
const fits = new WeakMap<object, Map<number, ModelParams>>();

/** The model's parameters fitted only on the cases decided by `asOf`, so a walk-forward never sees its future. */
function paramsAsOf(data: ModelData, asOf: string, refit: boolean): ModelParams {
  const base = loadParams(data.alliance);
  if (!refit) return base;
  const known = fitCases(data).filter((c) => c.request.date <= asOf);
  let cache = fits.get(data.events);
  if (!cache) fits.set(data.events, (cache = new Map()));
  let p = cache.get(known.length);
  if (!p) cache.set(known.length, (p = known.length >= 3 ? fitParams(known, base) : base));
  return p;
}

/**
 * The crisis model (src/model `assess()`) as the simulator's decider. The run's state goes in through
 * `assess()`'s overrides: the requester's simulated alignment as it is (both are the indicators'
 * 0..1 scale), and the hegemon's capacity as the model's own reading of its commitments on the day
 * plus the change the run has made, since the simulator's capacity scale (start.ts) is not the
 * model's. Requesters the model cannot assess on the day (not full members then) fall back to the
 * frequency decider.
 */
export function modelDeciderFactory(opts: { refit: boolean } = { refit: false }): DeciderFactory {
  return (history, asOf): CrisisDecider => {
    const fallback = frequencyDecider(history, asOf);
    const data: ModelData = history;
    const params = paramsAsOf(data, asOf, opts.refit);
    const ctx = buildContext(data, asOf);
    const spare = spareCapacity(ctx, params);
    const memo = new Map<string, OutcomeDistribution>();
    return (req, state) => {
      if (!ctx.members.includes(req.requester) || req.requester === ctx.hegemon) return fallback(req, state);
      const alignment = clamp(state.requesterAlignment);
      const capacity = clamp(spare + state.hegemonCapacity - state.startCapacity);
      const key = `${req.requester}|${req.threat}|${req.adversary}|${req.asked}|${req.article}|${alignment}|${capacity}`;
      let d = memo.get(key);
      if (!d) {
        const request = {
          requester: req.requester,
          asked: req.asked ?? history.alliance.code,
          date: asOf,
          threat: req.threat,
          adversary: req.adversary,
          article: req.article,
        };
        d = assess(request, ctx, params, { alignment: { [req.requester]: alignment }, spareCapacity: capacity }).distribution;
        memo.set(key, d);
      }
      return d;
    };
  };
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));
