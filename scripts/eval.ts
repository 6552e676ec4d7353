/**
 * `npm run eval`: codes every English set of ../shared/eval/dev (seed, real, en2), each alone and all
 * combined, and prints the scorer's figures. `--json` prints one JSON object instead (per set: the
 * scorer's report), for docs tables; `--verbose` lists every miss.
 */
import { codeDevSets, DEV_DIR, devSetPresent, runScorer } from './dev-eval.js';

const json = process.argv.includes('--json');
if (!devSetPresent()) {
  const why = `eval skipped: ${DEV_DIR} is absent (the shared evaluation material lives beside the repository)`;
  console.log(json ? JSON.stringify({ skipped: why }) : why);
} else {
  const verbose = process.argv.includes('--verbose');
  const { dir, sets } = await codeDevSets((m) => console.error(m));
  if (json) {
    const out: Record<string, unknown> = {};
    for (const set of sets) out[set.name] = JSON.parse(runScorer(set, { json: true }));
    console.log(JSON.stringify(out));
  } else {
    for (const set of sets) {
      console.log(`\n== ${set.label}`);
      process.stdout.write(runScorer(set, { verbose: verbose && set.name !== 'combined' }));
    }
    console.log(`predictions in ${dir}`);
  }
}
