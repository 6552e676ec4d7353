import { intervalOf } from '../domain/index.js';

/** What the merge rule compares of two records. */
export interface MergeCandidate {
  readonly type: string;
  readonly actor: string;
  readonly target: string | null;
  readonly date: string;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  readonly location?: Readonly<Record<string, unknown>> | undefined;
  readonly claimed_by?: string | undefined;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** True when two partial dates share at least one day ("2030-03" and "2030-03-05" do; two days apart do not). */
export function datesOverlap(a: string, b: string): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  return x.first <= y.last && y.first <= x.last;
}

/**
 * Why two records cannot be one event, or undefined when they may be. The rule is deliberately
 * narrow, because a wrong merge loses a fact: the same type, actor and target, dates that share
 * a day, no detail both give with different values, and no different place or claimant.
 */
export function mergeConflict(a: MergeCandidate, b: MergeCandidate): string | undefined {
  if (a.type !== b.type) return 'different types';
  if (a.actor !== b.actor || a.target !== b.target) return 'different actors';
  if (!datesOverlap(a.date, b.date)) return 'dates that do not overlap';
  for (const [k, v] of Object.entries(a.details ?? {})) {
    const w = b.details?.[k];
    if (v !== undefined && w !== undefined && !same(v, w)) return `different details.${k}`;
  }
  if (a.location !== undefined && b.location !== undefined) {
    for (const k of ['name', 'admin1', 'lat', 'lon']) {
      const v = a.location[k];
      const w = b.location[k];
      if (v !== undefined && w !== undefined && !same(v, w)) return 'different locations';
    }
  }
  if (a.claimed_by !== undefined && b.claimed_by !== undefined && a.claimed_by !== b.claimed_by) return 'different claimants';
  return undefined;
}
