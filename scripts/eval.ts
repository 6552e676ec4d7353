/**
 * `npm run eval`: codes every English set of ../shared/eval/dev (seed, real, en2), each alone and all
 * combined, and the in-repo paraphrase suite (reported apart: it is not dev text), and prints the
 * scorer's figures; then the Russian dev set `ru-*` and the in-repo held-out batches (heldout*, heldout-ru),
 * each alone. `--json` prints one JSON object instead (per set: the scorer's report; for the suite
 * also its recall per type and phrasing class), for docs tables; `--verbose` lists every miss.
 */
import { codeDevSets, codeHeldoutSets, DEV_DIR, devSetPresent, runScorer } from './dev-eval.js';
import { codeParaphrases } from './paraphrase-eval.js';

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
const out: Record<string, unknown> = {};
const { set: paraphrase, breakdown } = await codeParaphrases();
if (!devSetPresent()) {
  const why = `eval skipped: ${DEV_DIR} is absent (the shared evaluation material lives beside the repository)`;
  if (json) out['skipped'] = why;
  else console.log(why);
} else {
  const { dir, sets } = await codeDevSets((m) => console.error(m));
  for (const set of sets) {
    if (json) out[set.name] = JSON.parse(runScorer(set, { json: true }));
    else {
      console.log(`\n== ${set.label}`);
      process.stdout.write(runScorer(set, { verbose: verbose && set.name !== 'combined' }));
    }
  }
  for (const set of await codeHeldoutSets((m) => console.error(m))) {
    if (json) out[set.name] = JSON.parse(runScorer(set, { json: true }));
    else {
      console.log(`\n== ${set.label}`);
      process.stdout.write(runScorer(set, { verbose }));
    }
  }
  if (!json) console.log(`predictions in ${dir}`);
  if (json) out['paraphrase'] = { ...(JSON.parse(runScorer(paraphrase, { json: true })) as object), breakdown };
  else {
    console.log(`\n== ${paraphrase.label}`);
    process.stdout.write(runScorer(paraphrase, { verbose }));
  }
}
if (!json) {
  console.log('paraphrase recall by phrasing class:');
  for (const [k, v] of Object.entries(breakdown.byClass)) console.log(`  ${k.padEnd(16)} R ${v.recall.toFixed(2)} (n ${v.n})`);
}
if (json) console.log(JSON.stringify(out));
