import { dayOf, knownDay } from '../domain/index.js';
import { loadWeights, prepareIndicators, type IndicatorEngine, type IndicatorWeights } from '../indicators/index.js';
import type { MemberStart, SimHistory, StartFn, StartState } from './types.js';

// One compiled indicator engine per history: the walk-forward asks it for a hundred origins.
const engines = new WeakMap<SimHistory, IndicatorEngine>();

/** The cohesion indicators over a history, compiled once (the simulator's start and its exit hazard read them). */
export function engineFor(history: SimHistory, weights: IndicatorWeights = loadWeights(history.alliance)): IndicatorEngine {
  let e = engines.get(history);
  if (!e) {
    e = prepareIndicators(
      { alliance: history.alliance, members: history.members, summits: history.summits, events: history.events, today: history.curatedTo },
      weights,
    );
    engines.set(history, e);
  }
  return e;
}

/**
 * The hegemon's spare capacity from its commitments known on the day: a war takes half of it,
 * each peacekeeping force and any other fighting in the last two years a tenth. These are judgement
 * figures, stated in docs/simulator.md, until the crisis model exports its own capacity factor.
 */
export function hegemonCapacity(history: SimHistory, asOf: string): number {
  const hegemon = history.alliance.hegemon;
  const day = dayOf(asOf);
  let war = false;
  let recentFighting = false;
  let peacekeeping = 0;
  for (const e of history.events) {
    const k = knownDay(e);
    if (k === undefined || k > day || e.actor !== hegemon) continue;
    const d = (e.details ?? {}) as Record<string, unknown>;
    if (e.type === 'clash' && d['war'] === true) war = true;
    else if (e.type === 'clash' && day - k < 730) recentFighting = true;
    else if (d['kind'] === 'peacekeeping' && e.type === 'deployment.started') peacekeeping++;
    else if (d['kind'] === 'peacekeeping' && e.type === 'deployment.ended') peacekeeping--;
  }
  const c = 1 - (war ? 0.5 : 0) - 0.1 * Math.max(0, peacekeeping) - (recentFighting && !war ? 0.1 : 0);
  return Math.min(1, Math.max(0.05, c));
}

/** The starting point read from the cohesion indicators as of the day (src/indicators), no look-ahead. */
export const indicatorStart: StartFn = (history, asOf): StartState => {
  const weights = loadWeights(history.alliance);
  const r = engineFor(history, weights).asOf(asOf);
  const members = new Map<string, MemberStart>();
  for (const m of r.members) {
    members.set(m.code, {
      alignment: m.components.alignment.value,
      participation: m.components.participation.value,
      outsidePull: m.components.outside_pull.value,
      alignmentWeight: m.components.alignment.weight,
    });
  }
  return {
    members,
    index: r.alliance.cohesion,
    guarantee: r.alliance.components.guarantee.value,
    conflict: r.alliance.components.conflict.value,
    hegemonCapacity: hegemonCapacity(history, asOf),
    weights: { composite: weights.composite, status: weights.status },
    halfLife: { guarantee: weights.half_life_months.guarantee, conflict: weights.half_life_months.conflict },
    outcomeScore: weights.guarantee.outcome_score,
  };
};
