import { OUTCOMES, type Outcome } from '../domain/index.js';
import type { OutcomeDistribution } from './types.js';

// Log-odds per unit of change in the hegemon's capacity and the requester's alignment; judgement
// figures (docs/simulator.md): both make force likelier and silence rarer.
const TILT: Readonly<Record<Outcome, { capacity: number; alignment: number }>> = {
  deploy: { capacity: 3, alignment: 3 },
  mission: { capacity: 1, alignment: 1 },
  statement: { capacity: 0, alignment: 0 },
  none: { capacity: -1, alignment: -2 },
};

/** Re-weights a distribution for a change in capacity and alignment (0 and 0 leave it as it is). */
export function tiltDistribution(d: OutcomeDistribution, dAlignment: number, dCapacity: number): OutcomeDistribution {
  const raw = OUTCOMES.map((o) => d[o] * Math.exp(TILT[o].capacity * dCapacity + TILT[o].alignment * dAlignment));
  const s = raw.reduce((a, b) => a + b, 0);
  if (!(s > 0)) return d;
  return { deploy: raw[0]! / s, mission: raw[1]! / s, statement: raw[2]! / s, none: raw[3]! / s };
}
