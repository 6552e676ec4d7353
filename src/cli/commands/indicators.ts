import type { Command } from 'commander';
import { today } from '../../domain/index.js';
import {
  COMPONENTS,
  IndicatorInputError,
  PANEL_COLUMNS,
  allianceRow,
  explain,
  memberRow,
  prepareIndicators,
  type IndicatorEngine,
} from '../../indicators/index.js';
import type { Store } from '../../store/index.js';
import { formatOption, printRows, type Format } from '../output.js';
import { dbOption, withStore } from '../store-option.js';

/** Compiles the store's chronicle, summits and members; an empty store is an input error. */
export function engineFromStore(store: Store, now: () => Date = () => new Date()): IndicatorEngine {
  const members = store.members();
  const events = store.events();
  if (members.length === 0 || events.length === 0) {
    throw new IndicatorInputError(
      `the store holds ${events.length} events and ${members.length} members; nothing to compute indicators from (load the data pack or import events first)`,
    );
  }
  return prepareIndicators({ members, summits: store.summits(), events, today: today(now) });
}

/** Columns the terminal table shows; csv and json carry everything. */
export const TABLE_COLUMNS = ['iso3', 'status_de_facto', 'cohesion', ...COMPONENTS, 'participation_n', 'alignment_n'] as const;

interface Options {
  asOf?: string;
  member?: string;
  format: Format;
  explain?: boolean;
  db?: string;
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
    .action(async (opts: Options) => {
      await withStore(opts.db, (store) => {
        const engine = engineFromStore(store);
        const asOf = opts.asOf ?? today();
        const result = engine.asOf(asOf, opts.member);
        const reasons = opts.explain ? explain(engine, asOf, opts.member) : undefined;
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(reasons ? { ...result, explain: reasons } : result, null, 2) + '\n');
          return;
        }
        const rows = [...result.members.map((m) => memberRow(asOf.slice(0, 7), result.as_of, m)), allianceRow(asOf.slice(0, 7), result)];
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
