import type { Command } from 'commander';
import { leadersOn, type Leader } from '../../domain/index.js';
import { CliError } from '../errors.js';
import { formatOption, printRows, type Format } from '../output.js';
import { parseActor, parseDay } from '../options.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

/** `bloc leader ISO3 DATE`: the heads of state and government that day, and who sat on the Council. */
export function registerLeader(program: Command): void {
  program
    .command('leader')
    .description("head of state and head of government of a country on a date, marking who sat on the alliance's council")
    .argument('<country>', 'ISO 3166-1 alpha-3 code')
    .argument('<date>', 'YYYY-MM-DD')
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (country: string, date: string, opts: { format: Format; db?: string; pack?: string }) => {
      const code = parseActor(country, 'country')!;
      const day = parseDay(date, 'date')!;
      await withWs(opts, (ws) => {
        const leaders = ws.store.leaders();
        const known = new Set(leaders.map((l) => l.country));
        if (!known.has(code)) throw new CliError(`country: no leaders on record for ${code} (recorded: ${[...known].sort().join(', ')})`);
        const on = leadersOn(leaders, ws.store.councilSeats(), code, day);
        const row = (role: 'head_of_state' | 'head_of_government', l: Leader | undefined) => ({
          country: code,
          date: day,
          role,
          name: l?.name ?? null,
          from: l?.from ?? null,
          to: l?.to ?? null,
          acting: l?.acting ?? false,
          council: on.council_role === role,
          source: l?.source ?? null,
        });
        const rows = [row('head_of_state', on.head_of_state), row('head_of_government', on.head_of_government)];
        printRows(
          opts.format,
          ['role', 'name', 'from', 'to', 'council'],
          rows.map((r) => ({ ...r, council: r.council ? 'yes' : '' })),
          rows,
        );
      });
    });
}
