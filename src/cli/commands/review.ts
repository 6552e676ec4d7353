import type { Command } from 'commander';
import { Option } from 'commander';
import { acceptProposal, rejectProposal, retractProposal } from '../../compose/index.js';
import { PROPOSAL_STATUSES, type ChronicleEvent, type Proposal } from '../../domain/index.js';
import { formatOption, printRows, toTable, type Format } from '../output.js';
import { editsOf, reviewerOf, type EditOptions } from '../review-args.js';
import { dbOption, packOption, withWs, type StoreArgs } from '../workspace-option.js';
import { highlight } from '../highlight.js';
import { CliError } from '../errors.js';

const line = (e: Pick<ChronicleEvent, 'date' | 'type' | 'actor' | 'target' | 'summary'>): string =>
  `${e.date} ${e.type} ${e.actor}${e.target ? ` → ${e.target}` : ''}: ${e.summary}`;

function proposalRow(p: Proposal) {
  return {
    id: p.id,
    status: p.status,
    reported: p.reported,
    date: p.date ?? '(none)',
    type: p.type,
    actor: p.actor,
    target: p.target ?? '',
    confidence: p.confidence.toFixed(2),
    sources: 1 + p.also.length,
    url: p.url ?? p.source,
  };
}

function register(review: Command, name: string, description: string): Command {
  return review.command(name).description(description).addOption(dbOption()).addOption(packOption());
}

/** `bloc review`: the terminal's review page: list, show, accept, reject, retract, and the audit log. */
export function registerReview(program: Command): void {
  const review = program.command('review').description('review the events the coder proposed: list, show, accept, reject, retract; log');

  register(review, 'list', 'proposals, newest article first (default: those pending review)')
    .addOption(new Option('--status <status>', 'which proposals').choices([...PROPOSAL_STATUSES, 'all']).default('pending'))
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 200)
    .addOption(formatOption())
    .action(async (opts: StoreArgs & { status: Proposal['status'] | 'all'; limit: number; format: Format }) => {
      await withWs(opts, (ws) => {
        const { total, proposals } = ws.store.proposals.list({ status: opts.status, limit: opts.limit });
        if (opts.format === 'json') return void process.stdout.write(JSON.stringify(proposals, null, 2) + '\n');
        const columns = ['id', 'status', 'reported', 'date', 'type', 'actor', 'target', 'confidence', 'sources', 'url'];
        printRows(opts.format, columns, proposals.map(proposalRow));
        if (opts.format === 'table')
          process.stdout.write(`${proposals.length} of ${total} ${opts.status === 'all' ? '' : `${opts.status} `}proposal(s)\n`);
      });
    });

  register(review, 'show', 'one proposal: its fields, its article with the evidence marked, and what accepting it would merge into')
    .argument('<id>', 'proposal id')
    .action(async (id: string, opts: StoreArgs) => {
      await withWs(opts, (ws) => {
        const p = ws.store.proposals.get(id);
        if (!p) throw new CliError(`no proposal ${JSON.stringify(id)} (bloc review list shows the pending ones)`);
        process.stdout.write(toTable(Object.keys(proposalRow(p)), [proposalRow(p)], 100));
        process.stdout.write(`\nsummary (draft): ${p.summary}\n`);
        if (p.details) process.stdout.write(`details: ${JSON.stringify(p.details)}\n`);
        for (const a of p.also) process.stdout.write(`also reported by: ${a.url ?? a.article_id} (${a.id})\n`);
        if (p.decision)
          process.stdout.write(`${p.status} by ${p.decision.by} at ${p.decision.at}${p.decision.reason ? `: ${p.decision.reason}` : ''}\n`);
        if (p.status === 'pending' && p.date !== null) {
          const { merge_into } = ws.store.proposals.preview(p.id, {});
          if (merge_into) process.stdout.write(`accepting it merges into ${merge_into.id}: ${line(merge_into)}\n`);
        }
        if (p.date === null) process.stdout.write('the text gives no date for this event: accept it with --date\n');
        const text = ws.store.proposals.articleText(p.article_id);
        if (text !== undefined) process.stdout.write(`\n${highlight(text, p.evidence, process.stdout.isTTY === true)}\n`);
      });
    });

  register(review, 'accept', 'accept a pending proposal into the chronicle, with your edits')
    .argument('<id>', 'proposal id')
    .option('--type <type>', 'event type')
    .option('--actor <code>', 'actor code')
    .option('--target <code>', 'target code, or none')
    .option('--date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD: when it happened, as precisely as you can vouch for')
    .option('--details <json>', 'details as JSON, e.g. \'{"name":"Rubezh-2026"}\'')
    .option('--summary <text>', 'the one-line summary, in your words')
    .option('--reviewer <name>', 'who decides (default: $BLOC_REVIEWER, else your login name)')
    .action(async (id: string, opts: StoreArgs & EditOptions & { reviewer?: string }) => {
      await withWs(opts, (ws) => {
        const r = acceptProposal(ws, id, reviewerOf(opts.reviewer), editsOf(opts));
        if (!r.merged) return void process.stdout.write(`accepted ${id} as new event ${r.event.id}: ${line(r.event)}\n`);
        process.stdout.write(`accepted ${id}: merged into ${r.event.id}: ${line(r.before ?? r.event)}\n`);
        process.stdout.write(
          r.added_sources.length
            ? `it gains source(s): ${r.added_sources.join(', ')}\n`
            : 'it already cited this source; nothing new was added\n',
        );
        const diff = (['type', 'actor', 'target', 'date', 'summary'] as const).filter((k) => r.before && r.record[k] !== r.before[k]);
        for (const k of diff)
          process.stdout.write(
            `kept with the review (not applied to the event): ${k} ${JSON.stringify(r.record[k])} (event: ${JSON.stringify(r.before![k])})\n`,
          );
      });
    });

  register(review, 'reject', 'turn a pending proposal down (the chronicle is untouched)')
    .argument('<id>', 'proposal id')
    .option('--reason <text>', 'why')
    .option('--reviewer <name>', 'who decides (default: $BLOC_REVIEWER, else your login name)')
    .action(async (id: string, opts: StoreArgs & { reason?: string; reviewer?: string }) => {
      await withWs(opts, (ws) => {
        const p = rejectProposal(ws, id, reviewerOf(opts.reviewer), opts.reason ?? null);
        process.stdout.write(`rejected ${p.id}\n`);
      });
    });

  register(review, 'retract', 'take an accepted proposal (or the event it became) out of the chronicle, with a reason')
    .argument('<id>', 'proposal id, or the event id it became')
    .requiredOption('--reason <text>', 'why (required)')
    .option('--reviewer <name>', 'who decides (default: $BLOC_REVIEWER, else your login name)')
    .action(async (id: string, opts: StoreArgs & { reason: string; reviewer?: string }) => {
      await withWs(opts, (ws) => {
        const p = retractProposal(ws, id, reviewerOf(opts.reviewer), opts.reason);
        process.stdout.write(`retracted ${p.id} (event ${p.event_id}${p.merged ? ', the sources it added' : ''}): ${opts.reason}\n`);
      });
    });

  register(review, 'log', 'the audit log: who accepted, rejected or retracted what, when and why (newest first)')
    .option('--limit <n>', 'at most this many entries', (v) => Number.parseInt(v, 10), 100)
    .addOption(formatOption())
    .action(async (opts: StoreArgs & { limit: number; format: Format }) => {
      await withWs(opts, (ws) => {
        const log = ws.store.auditLog({ limit: opts.limit });
        const rows = log.map((e) => ({
          seq: e.seq,
          at: e.at,
          who: e.who,
          action: e.action,
          proposal: e.proposal_id ?? '',
          event: e.event_id ?? '',
          reason: e.reason ?? '',
        }));
        printRows(opts.format, ['seq', 'at', 'who', 'action', 'proposal', 'event', 'reason'], rows, log);
      });
    });
}
