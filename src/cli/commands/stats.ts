import type { Command } from 'commander';
import { EVENT_FAMILIES, EVENT_TYPE_NAMES } from '../../domain/index.js';
import { formatOption, printRows, type Format } from '../output.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

/** `bloc stats`: events per type per year, so that gaps in coverage show. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('events per type per year (table: per family; json/csv: per type, tidy)')
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: { format: Format; db?: string; pack?: string }) => {
      await withWs(opts, (ws) => {
        const counts = new Map<string, number>();
        const years = new Set<number>();
        for (const e of ws.store.events()) {
          const y = Number(e.date.slice(0, 4));
          years.add(y);
          counts.set(`${y}|${e.type}`, (counts.get(`${y}|${e.type}`) ?? 0) + 1);
        }
        const span = years.size ? [Math.min(...years), Math.max(...years)] : [];
        const allYears = span.length ? Array.from({ length: span[1]! - span[0]! + 1 }, (_, i) => span[0]! + i) : [];
        if (opts.format !== 'table') {
          const tidy = allYears.flatMap((year) =>
            EVENT_TYPE_NAMES.map((type) => ({ year, type, count: counts.get(`${year}|${type}`) ?? 0 })),
          );
          return printRows(opts.format, ['year', 'type', 'count'], tidy);
        }
        const rows = allYears.map((year) => {
          const row: Record<string, number> = { year, total: 0 };
          for (const f of EVENT_FAMILIES) row[f] = 0;
          for (const t of EVENT_TYPE_NAMES) {
            const n = counts.get(`${year}|${t}`) ?? 0;
            row[t.split('.')[0]!]! += n;
            row['total']! += n;
          }
          return row;
        });
        printRows('table', ['year', ...EVENT_FAMILIES, 'total'], rows);
      });
    });
}
