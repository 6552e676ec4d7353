/** `npm run eval`: codes ../shared/eval/dev (seed and real articles) and prints the scorer's figures. */
import { codeDevSets, DEV_DIR, devSetPresent, runScorer } from './dev-eval.js';

if (!devSetPresent()) {
  console.log(`eval skipped: ${DEV_DIR} is absent (the shared evaluation material lives beside the repository)`);
} else {
  const verbose = process.argv.includes('--verbose');
  const { dir, sets } = await codeDevSets((m) => console.error(m));
  for (const set of sets) {
    console.log(`\n== ${set.label}`);
    process.stdout.write(runScorer(set, { verbose: verbose && set.label !== 'combined' }));
  }
  console.log(`predictions in ${dir}`);
}
