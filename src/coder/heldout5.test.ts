import { describeHeldout } from './test-helpers/heldout.js';

// Batch 5: 25 invented paragraphs in wire style (datelines, long sentences, quotes, background with
// dated past events, planned and denied acts, one-sided claims, 1999-2026, every spec type; 60
// required events), gold written by the events spec before the coder first ran on them. First
// contact, the clean figure: full F1 0.583 (P 0.778, R 0.467), type+actors 0.674, 1 over-precise.
// Its misses were then sorted by class and fixed with general rules and sentences of their own
// (generalise5.test.ts), so the floor below is no longer a clean measure; write a batch 6 for that.
// Gold calls left as written: q04 gives only the year of a reply to a dated request ("asked ... on
// 31 October, but the Kremlin replied ...", the coder inherits the day) and q21 the year of "has
// repeatedly backed ... and allowed ... in February" (the coder gives February): the two over-precise
// dates; q24 dates the attack by the ceasefire day, which the coder (rightly, strictly) leaves a month.
// Reached on batch 5 at the end of the work (0.939); raise it when the coder improves, never lower it to pass.
describeHeldout({ title: 'held-out articles, batch 5', prefix: 'heldout5', fullF1Floor: 0.93, overPreciseMax: 2 });
