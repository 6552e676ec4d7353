import { describeHeldout } from './test-helpers/heldout.js';

// Batch 4: 30 invented paragraphs written closer to real wire copy (datelines, long sentences, quotes
// with attributions, background paragraphs with their own dates, planned, denied and one-sided acts,
// several actors, 1999-2026, every spec type), gold written by the events spec before the coder first
// ran on them; vote-implied alignment is optional, as in the dev gold. First contact, the clean figure:
// full F1 0.347 (P 0.361, R 0.333), type+actors 0.627, 0 over-precise. Its misses were then sorted by
// class and fixed with general rules and new sentences of their own (generalise4.test.ts), so the
// floor below is no longer a clean measure; write a batch 5 (gold first) for that.
// Known disagreements left in the gold on purpose: p22 codes refusing to sign the treaty's extension as
// a withdrawal (batch 2's k13 codes the same wording as an announced one, which the coder follows);
// p11 gives the day of "have begun withdrawing, ... confirmed on Wednesday" (batch 3's m20 gives the
// month, which the coder follows); p18's exercise held in Belarus is true but missing from the gold.
// Reached on batch 4 at the end of the work (0.881); raise it when the coder improves, never lower it to pass.
describeHeldout({ title: 'held-out articles, batch 4', prefix: 'heldout4', fullF1Floor: 0.87, overPreciseMax: 1 });
