import type { Command } from 'commander';
import { indicatorEngine } from '../../compose/index.js';
import { COMPONENTS, PANEL_COLUMNS, allianceRow, explain, memberRow } from '../../indicators/index.js';
import { formatOption, printRows, type Format } from '../output.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';
import { gapFor } from '../../compose/index.js';

/** Columns the terminal table shows; csv and json carry everything. */
export const TABLE_COLUMNS = ['iso3', 'status_de_facto', 'cohesion', ...COMPONENTS, 'participation_n', 'alignment_n'] as const;

interface Options {
  asOf?: string;
  member?: string;
  format: Format;
  explain?: boolean;
  db?: string;
  pack?: string;
}

/** `bloc indicators`: every member's and the alliance's cohesion figures as of a date. */
export function registerIndicators(program: Command): void {
  program
    .command('indicators')
    .description('cohesion indicators per member and for the alliance as of a date, from what was known then')
    .option('--as-of <date>', 'the date (YYYY-MM-DD); default today')
    .option('--member <iso3>', 'one member only (ISO 3166-1 alpha-3)')
    .option('--explain', 'list the events that moved each figure')
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: Options) => {
      await withWs(opts, (ws) => {
        const engine = indicatorEngine(ws);
        const asOf = opts.asOf ?? ws.today();
        const result = engine.asOf(asOf, opts.member);
        const gap = gapFor(ws, asOf);
        if (gap) process.stderr.write(`note: ${gap.note}\n`);
        const reasons = opts.explain ? explain(engine, asOf, opts.member) : undefined;
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(reasons ? { ...result, explain: reasons } : result, null, 2) + '\n');
          return;
        }
        const rows = [
          ...result.members.map((m) => memberRow(asOf.slice(0, 7), result.as_of, m)),
          allianceRow(asOf.slice(0, 7), result, ws.alliance),
        ];
        printRows(opts.format, opts.format === 'csv' ? PANEL_COLUMNS : TABLE_COLUMNS, rows);
        if (reasons && opts.format === 'table') {
          const movers = reasons.flatMap((r) =>
            r.movers.map((m) => ({
              iso3: r.code,
              component: m.component,
              effect: Number(m.effect.toFixed(4)),
              type: m.type,
              date: m.date,
              ref: m.ref,
            })),
          );
          process.stdout.write('\nwhat moved each figure (first-order effect on the 0..1 value):\n');
          printRows('table', ['iso3', 'component', 'effect', 'type', 'date', 'ref'], movers);
        }
      });
    });
}
