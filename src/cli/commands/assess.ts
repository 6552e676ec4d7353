import { Option, type Command } from 'commander';
import { assess } from '../../compose/index.js';
import { THREATS, type Threat } from '../../domain/index.js';
import type { Assessment, RequestAssessment } from '../../model/index.js';
import { formatOption, printRows, toTable, type Format } from '../output.js';
import { parseActor, parseDay } from '../options.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';

interface AssessOptions {
  requester: string;
  date: string;
  threat: Threat;
  asked?: string;
  adversary?: string;
  article?: string;
  format: Format;
  db?: string;
  pack?: string;
}

/** `bloc assess`: what the alliance would do about a request on a date, and why. */
export function registerAssess(program: Command): void {
  program
    .command('assess')
    .description("the crisis model: outcome distribution of a request, each member's stance and the factors behind it")
    .requiredOption('--requester <iso3>', 'the member asking for help')
    .requiredOption('--date <date>', 'the day of the request (YYYY-MM-DD); factors are read as known the day before, as in the backtest')
    .addOption(new Option('--threat <threat>', 'the threat').choices(THREATS).makeOptionMandatory())
    .option('--asked <party>', "the party asked: the alliance's code (default) or its hegemon's")
    .option('--adversary <iso3>', 'the state named as the threat')
    .option('--article <n>', 'treaty article invoked: one whose provision calls for consultations or collective defence')
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: AssessOptions) => {
      const requester = parseActor(opts.requester, '--requester')!;
      const date = parseDay(opts.date, '--date')!;
      const adversary = parseActor(opts.adversary, '--adversary') ?? null;
      await withWs(opts, (ws) => {
        const asked = parseActor(opts.asked, '--asked') ?? ws.alliance.code;
        const request = { requester, asked, date, threat: opts.threat, adversary, article: opts.article ?? null };
        const a = assess(ws, request);
        if (a.data_gap) process.stderr.write(`note: ${a.data_gap.note}\n`);
        if (opts.format === 'json') return printRows('json', [], [], a);
        if (opts.format === 'csv') return printRows('csv', ['code', 'role', 'stance'], memberRows(a));
        process.stdout.write(render(a));
      });
    });
}

const pct = (p: number): string => `${(100 * p).toFixed(1)}%`;

function memberRows(a: Assessment): Record<string, string | number>[] {
  return a.members.map((m) => ({
    code: m.code,
    role: m.role,
    votes: m.votes ? 'yes' : '',
    stance: m.stance,
    'U deploy': m.utility.deploy.toFixed(2),
    'U mission': m.utility.mission.toFixed(2),
    'U statement': m.utility.statement.toFixed(2),
    'p frame Art.4': pct(m.accept_framing),
  }));
}

function render(a: RequestAssessment): string {
  const fittedOn = a.fitted_on;
  const r = a.request;
  const head = `${r.requester} asks ${r.asked ?? 'nobody'} on ${r.date}: ${r.threat}${r.adversary ? ` by ${r.adversary}` : ''}${r.article ? `, Art. ${r.article}` : ''}\n`;
  const dist = toTable(
    ['', 'deploy', 'mission', 'statement', 'none', 'modal'],
    [
      { '': 'p', ...Object.fromEntries(Object.entries(a.distribution).map(([k, v]) => [k, pct(v)])), modal: a.modal },
      {
        '': `${Math.round(100 * a.interval.level)}% interval`,
        ...Object.fromEntries(Object.entries(a.intervals).map(([k, [lo, hi]]) => [k, `${pct(lo)}-${pct(hi)}`])),
      },
    ],
  );
  const record = `record on ${a.record.cases.length} held-out case(s) like this one (${a.record.matched_on}): ${a.record.cases.filter((c) => c.match).length} called right\n`;
  const framing = `route: ${a.route}; framing: ${a.framing.chosen} (p aggression ${pct(a.framing.p_aggression)}); weights fitted on ${fittedOn} earlier case(s); intervals: ${a.interval.method}\n${record}stance: the outcome a member prefers most (highest utility over doing nothing)\n`;
  const factors = a.members.flatMap((m) =>
    Object.entries(m.contributions).map(([f, v]) => ({
      code: m.code,
      factor: f,
      deploy: v.deploy.toFixed(2),
      mission: v.mission.toFixed(2),
      statement: v.statement.toFixed(2),
    })),
  );
  return [
    head,
    dist,
    framing,
    toTable(Object.keys(memberRows(a)[0] ?? {}), memberRows(a)),
    'factor contributions to utility (none = 0):\n' + toTable(['code', 'factor', 'deploy', 'mission', 'statement'], factors),
    a.reasons.map((s) => `- ${s}`).join('\n') + '\n',
  ].join('\n');
}
