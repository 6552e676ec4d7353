import type { Command } from 'commander';
import { BRIEF_DEFAULTS, buildBrief, renderBriefHtml } from '../../compose/index.js';
import { DEFAULT_CHROMIUM, chromiumPath, htmlToPdf } from '../brief-pdf.js';
import { CliError } from '../errors.js';
import { parseDay } from '../options.js';
import { writeOut } from '../write-out.js';
import { dbOption, packOption, withWs } from '../workspace-option.js';
import { intOption } from './simulate.js';

interface Options {
  asOf?: string;
  out?: string;
  pdf?: boolean;
  runs: string;
  seed: string;
  horizon: string;
  chromium?: string;
  db?: string;
  pack?: string;
}

// Progress goes to a terminal only; piped or redirected runs stay quiet.
const say = (text: string): void => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[Kbrief: ${text}`);
};

/** `bloc brief`: a dated report of the alliance as one self-contained HTML page, or a PDF of it. */
export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description(
      "a dated report: indices with charts, the month's events with sources, pending requests, the crisis desk, the simulator's outlook",
    )
    .option('--as-of <date>', 'the day of the brief (YYYY-MM-DD); default the end of the data')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--pdf', 'write a PDF (printed by chromium) instead of HTML')
    .option('--runs <n>', 'simulator runs for the outlook', String(BRIEF_DEFAULTS.runs))
    .option('--seed <s>', 'simulator seed; the same seed gives the same brief', String(BRIEF_DEFAULTS.seed))
    .option('--horizon <months>', "months of the simulator's outlook", String(BRIEF_DEFAULTS.horizon))
    .option('--chromium <path>', `chromium for --pdf (default: $BLOC_CHROMIUM, else ${DEFAULT_CHROMIUM})`)
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: Options) => {
      const runs = intOption(opts.runs, '--runs');
      const seed = intOption(opts.seed, '--seed');
      const horizon = intOption(opts.horizon, '--horizon');
      const asOf = parseDay(opts.asOf, '--as-of');
      if (opts.pdf && opts.out === undefined && process.stdout.isTTY)
        throw new CliError('--pdf: give --out FILE (or redirect stdout to a file); a PDF is binary');
      const chromium = opts.pdf ? chromiumPath(opts.chromium) : undefined;
      await withWs(opts, async (ws) => {
        const day = asOf ?? ws.span().last;
        say(`gathering the figures as of ${day}`);
        const brief = await buildBrief(ws, {
          asOf: day,
          runs,
          seed,
          horizon,
          onProgress: (done, total) => say(`simulating, ${done}/${total} runs`),
        });
        say('drawing the charts');
        const html = await renderBriefHtml(brief);
        if (opts.pdf) say('printing the PDF with chromium');
        const data = chromium === undefined ? html : await htmlToPdf(html, chromium);
        if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
        writeOut(opts.out, data);
      });
    });
}
