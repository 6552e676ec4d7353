import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Coder } from './coder.js';
import type { Article } from './article.js';
import { score, type GoldArticle } from './test-helpers/score.js';

// Batch 3: 30 invented wire/analysis paragraphs (several events each, trade/energy/sport distractors,
// reported speech, datelines, 1999-2026, every spec type), gold written by the events spec before the
// coder first ran on them. First contact, the clean figure: full F1 0.525 (P 0.839, R 0.382),
// type+actors 0.571, 2 over-precise dates. Misses on batches 2 and 3 were then read by class and fixed
// with general rules and new sentences of its own (generalise3.test.ts), so the floor below is no
// longer a clean measure of generalisation; write a batch 4 (gold first) for that.
// The gold counts the alignment a member's vote implies as a required event (the dev gold marks it
// optional), and gives a month where the text gives only a reporting day (m12, m24): the two dates
// the coder gives more precisely than this gold are counted below, not hidden.
const lines = (name: string): unknown[] =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);

const articles = lines('heldout3-articles.jsonl') as Article[];
const gold = lines('heldout3-gold.jsonl') as GoldArticle[];
// Reached on batch 3 at the end of the work (0.925), then 0.948 after the batch-4 fixes; raise it when the coder improves, never lower it to pass.
const FULL_F1_FLOOR = 0.94;
const OVER_PRECISE_MAX = 2;

describe('held-out articles, batch 3', () => {
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
