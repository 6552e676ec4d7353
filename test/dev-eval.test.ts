import { describe, expect, it } from 'vitest';
import { codeDevSets, DEV_DIR, devSetPresent, runScorer, seedAndReal } from '../scripts/dev-eval.js';

interface Report {
  levels: { full: { f1: number } };
  date_precision: { over: number };
}

// The dev set is shared material beside the repository; without it this part is skipped, and its
// title says why.
const present = devSetPresent();
const title = present ? `the coder on the shared dev set (${DEV_DIR})` : `the coder on the shared dev set: skipped, ${DEV_DIR} is absent`;
describe.skipIf(!present)(title, () => {
  it('reaches full F1 >= 0.85 on seed and real articles together, >= 0.30 on en2 (its first contact), with no over-precise date', async () => {
    const { dir, sets } = await codeDevSets();
    const report = (s: (typeof sets)[number]): Report => JSON.parse(runScorer(s, { json: true })) as Report;
    expect(report(seedAndReal(dir, sets)).levels.full.f1).toBeGreaterThanOrEqual(0.85);
    const en2 = sets.find((s) => s.name === 'en2');
    if (en2) expect(report(en2).levels.full.f1).toBeGreaterThanOrEqual(0.3);
    for (const s of sets) expect(report(s).date_precision.over, s.label).toBe(0);
  });
});
