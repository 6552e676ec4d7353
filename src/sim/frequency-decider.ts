import { OUTCOMES, dayOf, knownDay, type Outcome } from '../domain/index.js';
import { tiltDistribution } from './tilt.js';
import type { CrisisDecider, DeciderFactory, OutcomeDistribution } from './types.js';

/**
 * A stand-in for the crisis model: the outcome frequencies of the requests known on the day, per
 * threat and shrunk toward all threats, tilted by the requester's alignment and the hegemon's capacity.
 * The simulator uses it only when no `assess()` is plugged in (see src/sim/decider.ts).
 */
export const frequencyDecider: DeciderFactory = (history, asOf): CrisisDecider => {
  const day = dayOf(asOf);
  const all = new Map<Outcome, number>(OUTCOMES.map((o) => [o, 1]));
  const perThreat = new Map<string, Map<Outcome, number>>();
  for (const e of history.events) {
    if (e.type !== 'assistance.requested') continue;
    const k = knownDay(e);
    const o = e.details?.outcome;
    if (k === undefined || k > day || o === undefined) continue;
    all.set(o, all.get(o)! + 1);
    const t = String(e.details?.threat);
    const m = perThreat.get(t) ?? new Map<Outcome, number>();
    m.set(o, (m.get(o) ?? 0) + 1);
    perThreat.set(t, m);
  }
  const allSum = [...all.values()].reduce((a, b) => a + b, 0);
  return (request, state): OutcomeDistribution => {
    const own = perThreat.get(request.threat);
    const ownSum = own ? [...own.values()].reduce((a, b) => a + b, 0) : 0;
    const base = Object.fromEntries(OUTCOMES.map((o) => [o, ((own?.get(o) ?? 0) + (3 * all.get(o)!) / allSum) / (ownSum + 3)])) as Record<
      Outcome,
      number
    >;
    // Tilted from the usual levels (alignment 0.8, capacity 0.6), since frequencies know no state.
    return tiltDistribution(base, state.requesterAlignment - 0.8, state.hegemonCapacity - 0.6);
  };
};
