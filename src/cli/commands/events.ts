import type { Command } from 'commander';
import type { ChronicleEvent } from '../../domain/index.js';
import { EVENT_TYPE_NAMES, isTypeOrFamily } from '../../domain/index.js';
import { stateNumbers } from '../../compose/index.js';
import { CliError } from '../errors.js';
import { printRows } from '../output.js';
import { checkBinaryTarget, eventFormatOption, formatEvents, type EventFormat } from '../event-formats.js';
import { writeOut } from '../write-out.js';
import { parseActor, parseDay, countOption } from '../options.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

/** Checks --type: a full type from the spec or its family ("exercise"). */
export function parseType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (isTypeOrFamily(value)) return value;
  throw new CliError(
    `--type: ${JSON.stringify(value)} is not an event type (one of ${EVENT_TYPE_NAMES.join(', ')}, or a family such as "exercise")`,
  );
}

/** One line of the events table: what an analyst scans first. */
export function eventRow(e: ChronicleEvent): Record<string, string | null> {
  const d = (e.details ?? {}) as Record<string, unknown>;
  const outcome = typeof d['outcome'] === 'string' ? d['outcome'] : null;
  return { id: e.id, date: e.date, type: e.type, actor: e.actor, target: e.target, outcome, summary: e.summary, source: e.source };
}

/** `bloc events`: the chronicle, filtered, in the spec's record form. */
export function registerEvents(program: Command): void {
  program
    .command('events')
    .description("the chronicle's events, filtered; json, jsonl, csv and parquet are complete exports (docs/exports.md)")
    .option('--as-of <date>', 'only events known on this date (the later of date and reported)')
    .option('--from <date>', 'events on or after this date')
    .option('--to <date>', 'events on or before this date')
    .option('--actor <code>', 'events with this actor or target (ISO3 or organisation)')
    .option('--type <type>', 'an event type (assistance.requested) or family (assistance)')
    .option('--q <text>', 'events whose summary, evidence or source text contain every word (a trailing * matches a prefix)')
    .option('--limit <n>', 'at most this many events', countOption('--limit'))
    .addOption(eventFormatOption())
    .option('--out <file>', 'write the export to this file instead of stdout')
    .addOption(dbOption())
    .addOption(packOption())
    .action(
      async (opts: {
        asOf?: string;
        from?: string;
        to?: string;
        actor?: string;
        type?: string;
        q?: string;
        limit?: number;
        format: EventFormat;
        out?: string;
        db?: string;
        pack?: string;
      }) => {
        const filter = {
          asOf: parseDay(opts.asOf, '--as-of'),
          from: parseDay(opts.from, '--from'),
          to: parseDay(opts.to, '--to'),
          actor: parseActor(opts.actor, '--actor'),
          type: parseType(opts.type),
          q: opts.q,
          limit: opts.limit !== undefined && Number.isFinite(opts.limit) ? opts.limit : undefined,
        };
        checkBinaryTarget(opts.format, opts.out);
        await withWs(opts, (ws) => {
          const events = ws.store.events(filter);
          if (opts.format === 'table')
            printRows('table', ['date', 'type', 'actor', 'target', 'outcome', 'summary', 'source'], events.map(eventRow));
          else writeOut(opts.out, formatEvents(opts.format, events, stateNumbers(ws), ws.alliance));
        });
      },
    );
}
