import { countOption } from '../options.js';
import type { Command } from 'commander';
import { backtest } from '../../compose/index.js';
import { formatOption, printRows, type Format } from '../output.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';
import { runSimulateBacktest } from './backtest-simulate.js';

/** `bloc backtest`: leave-one-out skill of the crisis model on every request and crisis, beside two baselines. */
export function registerBacktest(program: Command): void {
  program
    .command('backtest')
    .description('leave-one-out backtest of the crisis model over every request and every crisis with no request')
    .option('--simulate', 'instead: walk-forward skill of the simulator from every quarter 2004-2022, against climatology and persistence')
    .option('--runs <n>', 'with --simulate: Monte Carlo runs per origin', countOption('--runs', 1))
    .option('--seed <n>', 'with --simulate: random seed', countOption('--seed'))
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: { format: Format; db?: string; pack?: string; simulate?: boolean; runs?: number; seed?: number }) => {
      if (opts.simulate) {
        await runSimulateBacktest({
          format: opts.format,
          db: opts.db,
          pack: opts.pack,
          ...(opts.runs !== undefined ? { runs: opts.runs } : {}),
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
        });
        return;
      }
      await withWs(opts, (ws) => {
        const r = backtest(ws);
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
        process.stdout.write(`\n${r.cases.length} cases, leave-one-out, probabilities floored at ${r.floor}\n`);
        printRows('table', ['score', 'accuracy', 'log_loss', 'brier'], summary);
      });
    });
}
