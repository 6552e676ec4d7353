import { seededRandom } from '../domain/index.js';
import type { ModelParams } from './params.js';

/** A standard normal draw from two uniforms (Box-Muller). */
function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

// The groups of hand-set values: every number a person chose, not the fitting machinery or the
// treaty's structure. Zeros stay zero (they are structural: an action a factor does not touch).
const GROUPS = [
  'weights',
  'levels',
  'action_cost',
  'ask_shape',
  'bilateral_shape',
  'side_taking',
  'troops',
  'severity',
  'regime_threat',
] as const;

function jitter(x: number, u: () => number, sd: number): number {
  return x === 0 ? 0 : x * Math.exp(sd * normal(u));
}

function jitterAll<T extends Readonly<Record<string, number>>>(o: T, u: () => number, sd: number): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, jitter(v, u, sd)])) as unknown as T;
}

/** How many hand-set values a perturbation moves (non-zero numbers of the groups above, capacity and ties). */
export function handSetCount(p: ModelParams): number {
  const all = [...GROUPS.flatMap((g) => Object.values(p[g])), ...Object.values(p.capacity), ...numbersOfTies(p)];
  return all.filter((x) => x !== 0).length;
}

function numbersOfTies(p: ModelParams): number[] {
  const { kinds, ...rest } = p.ties;
  return [...Object.values(rest), ...Object.values(kinds)];
}

/**
 * The parameters with every hand-set value multiplied by exp(sd · z), z standard normal, all at
 * once: what the figures would be had the person setting them chosen differently by about that
 * much. Shares that must stay within 0..1 (the hegemon's capacity loads) are clamped.
 */
export function perturbParams(p: ModelParams, seed: number, sd: number): ModelParams {
  const u = seededRandom(seed);
  const out: Record<string, unknown> = { ...p };
  for (const g of GROUPS) out[g] = jitterAll(p[g], u, sd);
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  out['capacity'] = { war: clamp(jitter(p.capacity.war, u, sd)), peacekeeping: clamp(jitter(p.capacity.peacekeeping, u, sd)) };
  const { kinds, ...rest } = p.ties;
  out['ties'] = { ...jitterAll(rest, u, sd), kinds: jitterAll(kinds, u, sd) };
  const w = out['weights'] as ModelParams['weights'];
  if (!(w.tau > 0)) out['weights'] = { ...w, tau: p.weights.tau };
  return out as ModelParams;
}
