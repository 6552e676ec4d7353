import { dayOf, intervalOf, knownDay } from '../../domain/index.js';
import type { SimHistory } from '../types.js';

/** The three outcomes the walk-forward scores, in report order. */
export const SKILL_OUTCOMES = ['status_change', 'exercise_boycott', 'summit_absence'] as const;
export type SkillOutcome = (typeof SKILL_OUTCOMES)[number];

/** One dated occurrence of an outcome for a member: the day it happened and the day it was known. */
interface Occurrence {
  readonly day: number;
  readonly known: number;
}

/**
 * Every occurrence of the three outcomes per member. A cancellation by an organisation is charged
 * to the host it was meant for; partial dates sit at the middle of their interval.
 */
export class OutcomeLedger {
  private readonly byKey = new Map<string, Occurrence[]>();

  constructor(history: SimHistory) {
    const add = (code: string, o: SkillOutcome, day: number, known: number) => {
      const key = `${code}|${o}`;
      const list = this.byKey.get(key) ?? [];
      list.push({ day, known });
      this.byKey.set(key, list);
    };
    for (const m of history.members) {
      for (const i of m.intervals.slice(1)) add(m.code, 'status_change', dayOf(i.from), dayOf(i.from));
    }
    const codes = new Set(history.members.map((m) => m.code));
    for (const e of history.events) {
      if (e.date === null) continue;
      const span = intervalOf(e.date);
      const mid = Math.floor((span.first + span.last) / 2);
      const known = knownDay(e) ?? span.last;
      if (e.type === 'exercise.boycotted' || e.type === 'exercise.cancelled') {
        const who = codes.has(e.actor) ? e.actor : e.target;
        if (who !== null && codes.has(who)) add(who, 'exercise_boycott', mid, known);
      } else if (e.type === 'summit.absent' && codes.has(e.actor)) add(e.actor, 'summit_absence', mid, known);
    }
    for (const s of history.summits) for (const a of s.absent) if (codes.has(a)) add(a, 'summit_absence', dayOf(s.date), dayOf(s.date));
  }

  /** The occurrences (as `code|day`) of the outcome in [from, to): a positive window's distinct events. */
  occurrences(code: string, o: SkillOutcome, from: number, to: number): string[] {
    return (this.byKey.get(`${code}|${o}`) ?? []).filter((x) => x.day >= from && x.day < to).map((x) => `${code}|${x.day}`);
  }

  /** True when the outcome happened in [from, to), counting only what was known by `knownBy` (default: everything). */
  happened(code: string, o: SkillOutcome, from: number, to: number, knownBy = Number.POSITIVE_INFINITY): boolean {
    for (const x of this.byKey.get(`${code}|${o}`) ?? []) if (x.day >= from && x.day < to && x.known <= knownBy) return true;
    return false;
  }
}
