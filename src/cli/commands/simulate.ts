import { Option, type Command } from 'commander';
import { runSimulation } from '../../compose/index.js';
import { readScenario, type SimResult } from '../../sim/index.js';
import { CliError } from '../errors.js';
import { toTable } from '../output.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

interface Options {
  asOf?: string;
  horizon: string;
  runs: string;
  seed: string;
  scenario?: string;
  format: 'table' | 'json';
  db?: string;
  pack?: string;
}

/** A whole-number option, or a one-line error naming it. */
export function intOption(value: string, option: string): number {
  if (!/^\d+$/.test(value.trim())) throw new CliError(`${option}: ${JSON.stringify(value)} is not a whole number`);
  return Number(value);
}

/** The result as two terminal tables: members at the horizon, then the index month by month. */
export function simTable(r: SimResult): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const head = `as of ${r.as_of}, ${r.horizon} months, ${r.runs} runs${r.complete ? '' : ` of ${r.runs_requested} (interrupted)`}, seed ${r.seed}, scenario ${r.scenario}\n\n`;
  const members = r.members.map((m) => ({
    code: m.code,
    now: m.start_status,
    ...Object.fromEntries(Object.entries(m.status_probabilities).map(([k, v]) => [k, pct(v)])),
    unanswered_request: pct(m.p_unanswered_request),
  }));
  const cols = ['code', 'now', 'member', 'suspended', 'frozen', 'withdrawal_announced', 'withdrawn', 'unanswered_request'];
  const index = r.alliance.index.map((b) => ({
    month: b.month,
    p10: b.p10.toFixed(1),
    median: b.median.toFixed(1),
    p90: b.p90.toFixed(1),
  }));
  const start = r.alliance.index_start === null ? '' : ` (${r.as_of}: ${r.alliance.index_start.toFixed(1)})`;
  return `${head}${toTable(cols, members)}\nalliance index, median and 10–90% band${start}\n${toTable(['month', 'p10', 'median', 'p90'], index)}`;
}

/** `bloc simulate`: a seeded Monte Carlo of the alliance from a date. */
export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('seeded Monte Carlo of the alliance month by month: status odds per member and the index band')
    .option('--as-of <date>', 'start from what was known on this day (YYYY-MM-DD); default the end of the data')
    .option('--horizon <months>', 'months to simulate', '36')
    .option('--runs <n>', 'Monte Carlo runs', '10000')
    .option('--seed <s>', 'random seed (0 to 4294967295); the same seed gives the same output', '1')
    .option('--scenario <file>', 'JSON scenario: hegemon_capacity, outside_pull, crisis_rate_multiplier (docs/simulator.md)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: Options) => {
      const horizon = intOption(opts.horizon, '--horizon');
      const runs = intOption(opts.runs, '--runs');
      const seed = intOption(opts.seed, '--seed');
      const scenario = opts.scenario === undefined ? undefined : readScenario(opts.scenario);
      await withWs(opts, async (ws) => {
        const ac = new AbortController();
        const onSigint = () => ac.abort();
        process.once('SIGINT', onSigint);
        const started = Date.now();
        let shown = false;
        // Progress only where someone watches, and only for a run projected past a minute.
        const onProgress = (done: number, total: number) => {
          if (!process.stderr.isTTY) return;
          const elapsed = Date.now() - started;
          if (!shown && (elapsed < 1000 || (elapsed * total) / done < 60_000)) return;
          shown = true;
          const eta = Math.round(((total - done) * elapsed) / done / 1000);
          process.stderr.write(`\rsimulate: ${done}/${total} runs, about ${eta}s left (Ctrl-C stops and prints what is done)  `);
        };
        try {
          const r = await runSimulation(ws, { asOf: opts.asOf, horizon, runs, seed, scenario, signal: ac.signal, onProgress });
          if (shown) process.stderr.write('\n');
          if (r.data_gap) process.stderr.write(`note: ${r.data_gap.note}\n`);
          if (!r.complete) {
            process.stderr.write(`bloc: interrupted; the result covers ${r.runs} of ${r.runs_requested} runs\n`);
            process.exitCode = 130;
          }
          process.stdout.write(opts.format === 'json' ? JSON.stringify(r, null, 2) + '\n' : simTable(r));
        } finally {
          process.off('SIGINT', onSigint);
        }
      });
    });
}
