/**
 * `npx tsx scripts/coder-figures.ts [--write]`: the coder's figures as markdown tables, each beside its
 * first-contact value (docs/coder-first-contact.json), from the same scoring `npm run eval` does. With
 * `--write` the tables replace the block between the figure markers of docs/coder.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeDevSets, codeHeldoutSets, devSetPresent, runScorer } from './dev-eval.js';
import { codeParaphrases } from './paraphrase-eval.js';

interface Level {
  precision: number;
  recall: number;
  f1: number;
}
interface Report {
  levels: { type: Level; 'type+actors': Level; full: Level };
  date_precision: { over: number };
  by_type: Record<string, Level & { tp: number; fn: number }>;
}
interface First {
  full: number;
  type?: number;
  typeActors?: number;
}

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const first = JSON.parse(readFileSync(`${docs}coder-first-contact.json`, 'utf8')) as {
  sets: Record<string, First>;
  paraphraseClasses: Record<string, number>;
  hidden: Record<string, number>;
  /** Real articles kept out of the repo by the lead: scored with the same scorer, outside this script. */
  unseen?: Record<string, { first: number; now: number; note: string }>;
};
const f3 = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(3));
const reports: Record<string, Report> = {};
const { set: paraphrase, breakdown } = await codeParaphrases();
if (devSetPresent()) {
  const { sets } = await codeDevSets();
  for (const s of sets) reports[s.name] = JSON.parse(runScorer(s, { json: true })) as Report;
  reports['paraphrase'] = JSON.parse(runScorer(paraphrase, { json: true })) as Report;
  for (const s of await codeHeldoutSets()) reports[s.name] = JSON.parse(runScorer(s, { json: true })) as Report;
}
const out: string[] = [];
out.push('| set | full F1 (first contact → now) | P | R | type F1 (first → now) | type+actors F1 (first → now) | over-precise dates |');
out.push('|---|---|---|---|---|---|---|');
for (const [name, r] of Object.entries(reports)) {
  const fc = first.sets[name];
  const l = r.levels;
  out.push(
    `| ${name} | ${f3(fc?.full)} → **${f3(l.full.f1)}** | ${f3(l.full.precision)} | ${f3(l.full.recall)} | ${f3(fc?.type)} → ${f3(l.type.f1)} | ${f3(fc?.typeActors)} → ${f3(l['type+actors'].f1)} | ${r.date_precision.over} |`,
  );
}
for (const [name, v] of Object.entries(first.hidden)) out.push(`| hidden ${name} (maintainers) | ${f3(v)} → not scored here | | | | | |`);
for (const [name, v] of Object.entries(first.unseen ?? {}))
  out.push(`| unseen ${name} (lead, scored outside the repo) | ${f3(v.first)} → **${f3(v.now)}** | | | | | |`);
out.push('');
out.push('Recall by event type (full match), now, on the dev sets and the suite:');
out.push('');
// Per type only for the dev sets and the suite: the held-out batches are too small to split.
const names = Object.keys(reports).filter((n) => !n.startsWith('heldout'));
const types = [...new Set(names.flatMap((n) => Object.keys(reports[n]!.by_type)))].sort();
out.push(`| type | ${names.join(' | ')} |`);
out.push(`|---|${names.map(() => '---').join('|')}|`);
for (const t of types)
  out.push(
    `| ${t} | ${names
      .map((n) => {
        const b = reports[n]!.by_type[t];
        return b && b.tp + b.fn > 0 ? `${b.recall.toFixed(2)} (${b.tp}/${b.tp + b.fn})` : '–';
      })
      .join(' | ')} |`,
  );
out.push('');
out.push('Paraphrase suite, recall by phrasing class (first contact → now):');
out.push('');
out.push('| class | recall |');
out.push('|---|---|');
for (const [c, v] of Object.entries(breakdown.byClass))
  out.push(`| ${c} | ${first.paraphraseClasses[c]?.toFixed(2) ?? '–'} → **${v.recall.toFixed(2)}** (n ${v.n}) |`);
const table = out.join('\n');
if (process.argv.includes('--write')) {
  const path = `${docs}coder.md`;
  const md = readFileSync(path, 'utf8');
  const [start, end] = ['<!-- figures:start (scripts/coder-figures.ts --write) -->', '<!-- figures:end -->'];
  const a = md.indexOf(start),
    b = md.indexOf(end);
  if (a < 0 || b < 0) throw new Error(`${path}: the figure markers are missing`);
  writeFileSync(path, `${md.slice(0, a + start.length)}\n\n${table}\n\n${md.slice(b)}`);
} else console.log(table);
