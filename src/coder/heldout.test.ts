import { describeHeldout } from './test-helpers/heldout.js';

// Invented wire-style paragraphs (not the dev set), annotated strictly by the events spec before the
// coder was run on them; they check that the coder generalises beyond the articles it was built on.
// Reached honestly on the held-out set; raise it when the coder improves, never lower it to pass.
describeHeldout({ title: 'held-out articles', prefix: 'heldout', fullF1Floor: 0.95, overPreciseMax: 0 });
