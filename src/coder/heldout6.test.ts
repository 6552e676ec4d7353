import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Coder } from './coder.js';
import type { Article } from './article.js';
import { score, type GoldArticle } from './test-helpers/score.js';

// Batch 6: 20 invented paragraphs in wire style (datelines, reported speech, UN votes with a date
// between verb and preposition, background acts with dates of their own, planned drills, one-sided and
// mutual claims, 2005-2026; 51 required events), gold written by the events spec before the coder first
// ran on them. First contact, the clean figure: full F1 0.651 (P 0.778, R 0.560), type+actors 0.706,
// 2 over-precise. Its misses were then sorted by class and fixed with general rules and sentences of
// their own (generalise6.test.ts), so the floor below is no longer a clean measure; write a batch 7.
// The 4 over-precise dates are gold calls left as written: r02 gives only the year of drills Bishkek
// "had already scrapped" (the coder gives the lead's month), r08 the month of "sent no one" to drills
// that began on Monday (the coder takes the exercise's day), r19 the month of "Minsk said it would not
// sign" and "Uzbekistan also declined to sign" after a summit dated Sunday (the coder takes the day).
// Still missed: r07's suspension dated by the note that notified it; r13's second partner in
// "..., weeks after Yerevan took delivery of Indian-made ... launchers".
const lines = (name: string): unknown[] =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);

const articles = lines('heldout6-articles.jsonl') as Article[];
const gold = lines('heldout6-gold.jsonl') as GoldArticle[];
// Reached on batch 6 at the end of the work (0.970); raise it when the coder improves, never lower it to pass.
const FULL_F1_FLOOR = 0.96;
const OVER_PRECISE_MAX = 4;

describe('held-out articles, batch 6', () => {
  const coder = new Coder();
  const s = score(gold, articles.flatMap((a) => coder.code(a)));

  it(`reaches full F1 >= ${FULL_F1_FLOOR}`, () => {
    expect(s.levels.full.f1, s.misses.join('\n')).toBeGreaterThanOrEqual(FULL_F1_FLOOR);
  });
  it(`gives at most ${OVER_PRECISE_MAX} dates more precise than this gold`, () => {
    expect(s.overPrecise).toBeLessThanOrEqual(OVER_PRECISE_MAX);
  });
  it('has one gold line per article', () => {
    expect(gold.map((g) => g.article_id)).toEqual(articles.map((a) => a.id));
  });
});
