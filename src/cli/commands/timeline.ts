import type { Command } from 'commander';
import { COMPONENTS, PANEL_COLUMNS, allianceRow, panelRows, type PanelRow } from '../../indicators/index.js';
import { formatOption, printRows, type Format } from '../output.js';
import { extrapolatedAfter, indicatorEngine } from '../../compose/index.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

interface Options {
  member?: string;
  from?: string;
  to?: string;
  alliance?: boolean;
  format: Format;
  db?: string;
  pack?: string;
}

/** `bloc timeline`: the monthly series; its CSV is a tidy member-month panel with ISO3 and COW codes. */
export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('monthly cohesion series, from the founding month to today; csv is a tidy member-month panel')
    .option('--member <iso3>', 'one member only (ISO 3166-1 alpha-3)')
    .option('--from <month>', 'first month (YYYY-MM, or a day in it); default the founding month')
    .option('--to <month>', 'last month (YYYY-MM, or a day in it); default this month')
    .option('--alliance', 'csv: add the alliance as rows (iso3: the alliance code)')
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: Options) => {
      await withWs(opts, (ws) => {
        const series = indicatorEngine(ws).series({ from: opts.from, to: opts.to, member: opts.member });
        // Months after the chronicle's latest event carry its state forward: say so on every row.
        const extrapolated = extrapolatedAfter(ws);
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(series.map((p) => ({ ...p, extrapolated: extrapolated(p.month) }))) + '\n');
          return;
        }
        const mark = (rows: PanelRow[]) => rows.map((r) => ({ ...r, extrapolated: extrapolated(String(r['month'])) }));
        if (opts.format === 'csv') {
          const rows = panelRows(series);
          if (opts.alliance) rows.push(...series.map((p) => allianceRow(p.month, p, ws.alliance)));
          printRows('csv', [...PANEL_COLUMNS, 'extrapolated'], mark(rows));
          return;
        }
        // The table is for reading: the alliance, or one member, a month a line.
        const rows = opts.member ? panelRows(series) : series.map((p) => allianceRow(p.month, p, ws.alliance));
        printRows('table', ['month', 'iso3', 'cohesion', ...COMPONENTS, 'extrapolated'], mark(rows));
      });
    });
}
