import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { StateCode } from '../domain/index.js';
import { SimInputError } from './errors.js';

const level = z.number().min(0).max(1);

/** A level over the horizon: constant, or a straight line from `start` (month 1) to `end` (last month). */
export const Path = z.union([level, z.strictObject({ start: level, end: level })]);
export type Path = z.infer<typeof Path>;

/**
 * What the user decides rather than history: the hegemon's spare capacity and the pull of outside
 * powers on each member, both 0..1. Strict objects, so a misspelt field is an error, not a no-op.
 */
export const Scenario = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  /** 1 = fully free to act, 0 = every force committed elsewhere. Default: read from the data. */
  hegemon_capacity: Path.optional(),
  /** Per member, 0 = no outside partner, 1 = an outside power offers a full alternative. */
  outside_pull: z.record(StateCode, Path).optional(),
  /** Scales every fitted crisis rate (2 = twice as many crises as history suggests). */
  crisis_rate_multiplier: z.number().min(0).max(100).optional(),
});
export type Scenario = z.infer<typeof Scenario>;

/** The empty scenario: everything read from history. */
export const BASELINE: Scenario = { name: 'baseline' };

/** Validates a parsed scenario; the error names the first bad field as `scenario.<path>`. */
export function parseScenario(value: unknown, where = 'scenario'): Scenario {
  const r = Scenario.safeParse(value);
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  // An unknown key is reported on its parent; name the key itself so the user sees the typo.
  const extra = i.code === 'unrecognized_keys' ? [i.keys[0] ?? ''] : [];
  const field = ['scenario', ...i.path.map(String), ...extra].join('.');
  throw new SimInputError(`${where}: ${field}: ${i.message}`);
}

/** Reads and validates a scenario file. */
export function readScenario(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SimInputError(`--scenario: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new SimInputError(`${path}: not JSON: ${(err as Error).message}`);
  }
  return parseScenario(value, path);
}

/** The value of a path in month m (1-based) of a horizon of h months. */
export function pathAt(p: Path, m: number, h: number): number {
  if (typeof p === 'number') return p;
  return h <= 1 ? p.start : p.start + ((p.end - p.start) * (m - 1)) / (h - 1);
}
