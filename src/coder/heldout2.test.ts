import { describeHeldout } from './test-helpers/heldout.js';

// Batch 2: 30 longer invented wire/analysis paragraphs (several events each, trade/sport/energy
// distractors, quotes, one-sided claims, 1999-2026), gold written by the events spec before the coder
// first ran on them. First run: full F1 0.374, type+actors 0.615, 1 over-precise date. The coder was
// then improved with general rules and new sentences of its own (generalise.test.ts), never by tuning
// on this text, but its failures were read to find the classes, so the figure below is no longer clean.
// Reached on batch 2 after the batch-3 work (0.857; 0.673 before it); raise it when the coder improves, never lower it to pass.
describeHeldout({ title: 'held-out articles, batch 2', prefix: 'heldout2', fullF1Floor: 0.85, overPreciseMax: 0 });
