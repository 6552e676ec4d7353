import { dayNumber, dayString } from '../../domain/index.js';
import { isParty } from '../history.js';
import { modelDeciderFactory } from '../model-decider.js';
import { loadSimParams } from '../params.js';
import { simulateSync, type SimulateOptions } from '../simulate.js';
import { OutcomeLedger, SKILL_OUTCOMES, type SkillOutcome } from './labels.js';
import { bootstrapSkill, brier, round, skill, type Case } from './score.js';

/** Options of the walk-forward; the defaults are the issue's: quarters of 2004–2022, 12 months ahead. */
export interface WalkForwardOptions extends Pick<SimulateOptions, 'history' | 'params' | 'decider' | 'start' | 'onProgress'> {
  readonly firstYear?: number | undefined;
  readonly lastYear?: number | undefined;
  readonly runs?: number | undefined;
  readonly seed?: number | undefined;
}

/** The skill of one outcome: Brier scores, skill against both baselines and their bootstrap 90% intervals. */
export interface OutcomeSkill {
  readonly cases: number;
  /** Member-windows in which the outcome happened; overlapping windows share events, so see `distinct_events`. */
  readonly positives: number;
  /** Distinct events (member and day) behind the positive windows. */
  readonly distinct_events: number;
  readonly brier: number;
  readonly brier_climatology: number;
  readonly brier_persistence: number;
  readonly bss_climatology: number | null;
  readonly bss_persistence: number | null;
  readonly ci90: { readonly bss_climatology: [number, number] | null; readonly bss_persistence: [number, number] | null };
}

/** What `bloc backtest --simulate` prints. */
export interface SkillReport {
  readonly origins: number;
  readonly first_origin: string;
  readonly last_origin: string;
  readonly horizon_months: 12;
  readonly runs_per_origin: number;
  readonly seed: number;
  readonly outcomes: Readonly<Record<SkillOutcome, OutcomeSkill>>;
}

/** Quarter starts (day numbers) from January of `first` to October of `last`. */
export function quarterStarts(first: number, last: number): number[] {
  const out: number[] = [];
  for (let y = first; y <= last; y++) for (const m of [1, 4, 7, 10]) out.push(dayNumber(y, m, 1)!);
  return out;
}

const plusYear = (day: number): number => {
  const [y, m, d] = dayString(day).split('-').map(Number) as [number, number, number];
  return dayNumber(y + 1, m, d)!;
};

/**
 * Forecasts each member's next 12 months from every quarter start with the simulator fitted on
 * what was known the day before, and scores it against climatology (the base rate of 12-month
 * windows that had closed by then) and persistence (the last 12 months, as known, repeat).
 */
export function walkForward(o: WalkForwardOptions): SkillReport {
  const runs = o.runs ?? 1000;
  const seed = o.seed ?? 1;
  const origins = quarterStarts(o.firstYear ?? 2004, o.lastYear ?? 2022);
  const ledger = new OutcomeLedger(o.history);
  // The crisis model is refitted on the cases decided before each origin.
  const decider = o.decider ?? modelDeciderFactory({ refit: true });
  const history = quarterStarts(
    Number(
      o.history.members
        .map((m) => m.intervals[0]!.from)
        .sort()[0]!
        .slice(0, 4),
    ),
    o.lastYear ?? 2022,
  );
  // Who was a party the day before each quarter of history: the same for every origin and outcome.
  const partiesAt = history.map((p) => o.history.members.filter((m) => isParty(m, dayString(p - 1))));
  const cases = new Map<SkillOutcome, Case[]>(SKILL_OUTCOMES.map((k) => [k, []]));
  const distinct = new Map<SkillOutcome, Set<string>>(SKILL_OUTCOMES.map((k) => [k, new Set()]));
  for (const [k, q] of origins.entries()) {
    const asOfDay = q - 1;
    const asOf = dayString(asOfDay);
    const parties = o.history.members.filter((m) => isParty(m, asOf));
    const sim = simulateSync({
      history: o.history,
      asOf,
      horizon: 12,
      runs,
      seed: (seed + k * 7919) >>> 0,
      params: o.params,
      decider,
      start: o.start,
    });
    for (const outcome of SKILL_OUTCOMES) {
      // Climatology: every member-window that had closed by the origin, as it was known then.
      let pos = 0,
        all = 0;
      for (const [j, p] of history.entries()) {
        if (plusYear(p) > q) break;
        for (const m of partiesAt[j]!) {
          all++;
          if (ledger.happened(m.code, outcome, p, plusYear(p), asOfDay)) pos++;
        }
      }
      const climatology = all ? pos / all : 0;
      for (const m of parties) {
        const s = sim.members.find((x) => x.code === m.code)!;
        const model =
          outcome === 'status_change' ? s.p_status_change : outcome === 'exercise_boycott' ? s.p_exercise_boycott : s.p_summit_absence;
        const past = ledger.happened(m.code, outcome, q - (plusYear(q) - q), q, asOfDay) ? 1 : 0;
        const actual = ledger.happened(m.code, outcome, q, plusYear(q)) ? 1 : 0;
        for (const e of ledger.occurrences(m.code, outcome, q, plusYear(q))) distinct.get(outcome)!.add(e);
        cases.get(outcome)!.push({ origin: k, model, climatology, persistence: past, outcome: actual });
      }
    }
    o.onProgress?.(k + 1, origins.length);
  }
  const outcomes = Object.fromEntries(
    SKILL_OUTCOMES.map((name) => {
      const cs = cases.get(name)!;
      const bm = brier(cs, (c) => c.model);
      const bc = brier(cs, (c) => c.climatology);
      const bp = brier(cs, (c) => c.persistence);
      const sc = skill(bm, bc);
      const sp = skill(bm, bp);
      const r: OutcomeSkill = {
        cases: cs.length,
        positives: cs.filter((c) => c.outcome === 1).length,
        distinct_events: distinct.get(name)!.size,
        brier: round(bm),
        brier_climatology: round(bc),
        brier_persistence: round(bp),
        bss_climatology: sc === null ? null : round(sc),
        bss_persistence: sp === null ? null : round(sp),
        ci90: bootstrapSkill(cs, origins.length, seed),
      };
      return [name, r];
    }),
  ) as Record<SkillOutcome, OutcomeSkill>;
  return {
    origins: origins.length,
    first_origin: dayString(origins[0]!),
    last_origin: dayString(origins.at(-1)!),
    horizon_months: 12,
    runs_per_origin: runs,
    seed,
    outcomes,
  };
}

/** The walk-forward with the fitted exit hazard, and again with its effects set to zero (each member at its pooled base rate). */
export interface HazardSkillReport extends SkillReport {
  readonly effects_zero: Pick<SkillReport, 'outcomes'>;
}

/** Runs the walk-forward twice, with the fitted hazard effects and with them set to zero, on the same seeds. */
export function walkForwardWithBaseline(o: WalkForwardOptions): HazardSkillReport {
  const params = o.params ?? loadSimParams(o.history.alliance);
  const fitted = walkForward({ ...o, params });
  const zero = walkForward({ ...o, params: { ...params, hazard: { ...params.hazard, zero_effects: true } } });
  return { ...fitted, effects_zero: { outcomes: zero.outcomes } };
}
