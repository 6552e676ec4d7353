import { simulatorSkill } from '../../compose/index.js';
import { SKILL_OUTCOMES, type HazardSkillReport, type SkillReport } from '../../sim/index.js';
import { toTable } from '../output.js';
import { withWs } from '../workspace-option.js';

/** What `bloc backtest --simulate` passes on. */
export interface SimulateBacktestOptions {
  readonly format: string;
  readonly db?: string | undefined;
  readonly pack?: string | undefined;
  /** Monte Carlo runs per origin (default 1000) and the seed of runs and bootstrap (default 1). */
  readonly runs?: number | undefined;
  readonly seed?: number | undefined;
  /** The first and last year of quarterly origins (default 2004 and 2022). */
  readonly firstYear?: number | undefined;
  readonly lastYear?: number | undefined;
}

const ci = (c: [number, number] | null): string => (c === null ? '' : `[${c[0].toFixed(3)}, ${c[1].toFixed(3)}]`);
const num = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

/** The skill report as a terminal table: the fitted hazard, then the same with its effects set to zero. */
export function skillTable(r: HazardSkillReport): string {
  return (
    outcomesTable(r, r.outcomes, 'fitted exit hazard') + '\n' + outcomesTable(r, r.effects_zero.outcomes, 'exit hazard effects set to zero')
  );
}

function outcomesTable(r: SkillReport, outcomes: SkillReport['outcomes'], what: string): string {
  const rows = SKILL_OUTCOMES.map((name) => {
    const o = outcomes[name];
    return {
      outcome: name,
      cases: o.cases,
      positives: o.positives,
      distinct: o.distinct_events,
      brier: o.brier.toFixed(4),
      brier_clim: o.brier_climatology.toFixed(4),
      brier_pers: o.brier_persistence.toFixed(4),
      bss_clim: num(o.bss_climatology),
      ci90_clim: ci(o.ci90.bss_climatology),
      bss_pers: num(o.bss_persistence),
      ci90_pers: ci(o.ci90.bss_persistence),
    };
  });
  const head = `walk-forward skill of the simulator (${what}): ${r.origins} quarterly origins ${r.first_origin} … ${r.last_origin}, 12 months ahead, ${r.runs_per_origin} runs each, seed ${r.seed}\n\n`;
  return head + toTable(Object.keys(rows[0]!), rows);
}

/** `bloc backtest --simulate`: the walk-forward skill of the simulator over the store's history. */
export async function runSimulateBacktest(opts: SimulateBacktestOptions): Promise<HazardSkillReport> {
  return withWs(opts, (ws) => {
    const r = simulatorSkill(ws, { runs: opts.runs, seed: opts.seed, firstYear: opts.firstYear, lastYear: opts.lastYear });
    process.stdout.write(opts.format === 'json' ? JSON.stringify(r, null, 2) + '\n' : skillTable(r));
    return r;
  });
}
