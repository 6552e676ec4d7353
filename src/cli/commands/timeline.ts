import type { Command } from 'commander';
import { COMPONENTS, PANEL_COLUMNS, allianceRow, panelRows } from '../../indicators/index.js';
import { formatOption, printRows, type Format } from '../output.js';
import { dbOption, withStore } from '../store-option.js';
import { engineFromStore } from './indicators.js';

interface Options {
  member?: string;
  from?: string;
  to?: string;
  alliance?: boolean;
  format: Format;
  db?: string;
}

/** `bloc timeline`: the monthly series; its CSV is a tidy member-month panel with ISO3 and COW codes. */
export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('monthly cohesion series, 1992-05 to today; csv is a tidy member-month panel')
    .option('--member <iso3>', 'one member only (ISO 3166-1 alpha-3)')
    .option('--from <month>', 'first month (YYYY-MM, or a day in it); default 1992-05')
    .option('--to <month>', 'last month (YYYY-MM, or a day in it); default this month')
    .option('--alliance', 'csv: add the alliance as rows with iso3 CSTO')
    .addOption(formatOption())
    .addOption(dbOption())
    .action(async (opts: Options) => {
      await withStore(opts.db, (store) => {
        const series = engineFromStore(store).series({ from: opts.from, to: opts.to, member: opts.member });
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(series) + '\n');
          return;
        }
        if (opts.format === 'csv') {
          const rows = panelRows(series);
          if (opts.alliance) rows.push(...series.map((p) => allianceRow(p.month, p)));
          printRows('csv', PANEL_COLUMNS, rows);
          return;
        }
        // The table is for reading: the alliance, or one member, a month a line.
        const rows = opts.member ? panelRows(series) : series.map((p) => allianceRow(p.month, p));
        printRows('table', ['month', 'iso3', 'cohesion', ...COMPONENTS], rows);
      });
    });
}
