import { countOption } from '../options.js';
import type { Command } from 'commander';
import { backtest } from '../../compose/index.js';
import { formatOption, printRows, type Format } from '../output.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';
import { runSimulateBacktest } from './backtest-simulate.js';
import { variantsTable } from './backtest-variants.js';

/** `bloc backtest`: leave-one-out skill of the crisis model on every request and crisis, beside two baselines. */
export function registerBacktest(program: Command): void {
  program
    .command('backtest')
    .description('leave-one-out backtest of the crisis model over every request and every crisis with no request')
    .option('--simulate', 'instead: walk-forward skill of the simulator from every quarter 2004-2022, against climatology and persistence')
    .option('--runs <n>', 'with --simulate: Monte Carlo runs per origin', countOption('--runs', 1))
    .option('--seed <n>', 'with --simulate: random seed', countOption('--seed'))
    .option('--first-year <y>', 'with --simulate: first year of quarterly origins (default 2004)', countOption('--first-year', 1))
    .option('--last-year <y>', 'with --simulate: last year of quarterly origins (default 2022)', countOption('--last-year', 1))
    .option('--draws <n>', 'perturbations of the hand-set values (default: params.json backtest.perturb.draws)', countOption('--draws', 1))
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(
      async (opts: {
        format: Format;
        db?: string;
        pack?: string;
        simulate?: boolean;
        runs?: number;
        seed?: number;
        draws?: number;
        firstYear?: number;
        lastYear?: number;
      }) => {
        if (opts.simulate) {
          await runSimulateBacktest({
            format: opts.format,
            db: opts.db,
            pack: opts.pack,
            ...(opts.runs !== undefined ? { runs: opts.runs } : {}),
            ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
            firstYear: opts.firstYear,
            lastYear: opts.lastYear,
          });
          return;
        }
        await withWs(opts, (ws) => {
          // Progress only where someone watches: the perturbed variant makes this take tens of seconds.
          const onProgress = (done: number, total: number) => {
            if (process.stderr.isTTY)
              process.stderr.write(`\rbacktest: ${done}/${total} leave-one-out passes${done === total ? '\n' : ''}`);
          };
          const r = backtest(ws, { draws: opts.draws, onProgress });
          const rows = r.cases.map((c) => ({
            requester: c.requester,
            asked: c.asked ?? '-',
            date: c.date,
            predicted: c.predicted,
            actual: c.actual,
            match: c.match,
            p_actual: Number(c.p_actual.toFixed(3)),
          }));
          if (opts.format !== 'table') return printRows(opts.format, Object.keys(rows[0] ?? {}), rows, r);
          printRows(
            'table',
            Object.keys(rows[0] ?? {}),
            rows.map((x) => ({ ...x, match: x.match ? 'yes' : 'NO' })),
          );
          const f = (x: number): string => x.toFixed(3);
          const summary = [
            { score: 'model', accuracy: f(r.accuracy), log_loss: f(r.log_loss), brier: f(r.brier) },
            { score: 'always none', accuracy: '', log_loss: f(r.baselines.always_none.log_loss), brier: f(r.baselines.always_none.brier) },
            { score: 'frequency', accuracy: '', log_loss: f(r.baselines.frequency.log_loss), brier: f(r.baselines.frequency.brier) },
          ];
          process.stdout.write(
            `\n${r.cases.length} cases, leave-one-out, probabilities floored at ${r.floor}, parameters ${r.params_version}\n`,
          );
          printRows('table', ['score', 'accuracy', 'log_loss', 'brier'], summary);
          process.stdout.write('\n' + variantsTable(r));
        });
      },
    );
}
