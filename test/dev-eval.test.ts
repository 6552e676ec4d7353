import { describe, expect, it } from 'vitest';
import { codeDevSets, DEV_DIR, devSetPresent, runScorer } from '../scripts/dev-eval.js';

interface Report {
  levels: { full: { f1: number } };
  date_precision: { over: number };
}

// The dev set is shared material beside the repository; without it this part is skipped, and its
// title says why.
const present = devSetPresent();
const title = present ? `the coder on the shared dev set (${DEV_DIR})` : `the coder on the shared dev set: skipped, ${DEV_DIR} is absent`;
describe.skipIf(!present)(title, () => {
  it('reaches full F1 >= 0.85 on seed and real articles together, with no over-precise date', async () => {
    const { sets } = await codeDevSets();
    const combined = JSON.parse(
      runScorer(
        sets.find((s) => s.label === 'combined')!,
        { json: true },
      ),
    ) as Report;
    expect(combined.levels.full.f1).toBeGreaterThanOrEqual(0.85);
    for (const s of sets) expect((JSON.parse(runScorer(s, { json: true })) as Report).date_precision.over, s.label).toBe(0);
  });
});
