import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Coder } from './coder.js';
import type { Article } from './article.js';
import { score, type GoldArticle } from './test-helpers/score.js';

// Batch 2: 30 longer invented wire/analysis paragraphs (several events each, trade/sport/energy
// distractors, quotes, one-sided claims, 1999-2026), gold written by the events spec before the coder
// first ran on them. First run: full F1 0.374, type+actors 0.615, 1 over-precise date. The coder was
// then improved with general rules and new sentences of its own (generalise.test.ts), never by tuning
// on this text, but its failures were read to find the classes, so the figure below is no longer clean.
const lines = (name: string): unknown[] =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);

const articles = lines('heldout2-articles.jsonl') as Article[];
const gold = lines('heldout2-gold.jsonl') as GoldArticle[];
// Reached on batch 2 after the batch-3 work (0.857; 0.673 before it); raise it when the coder improves, never lower it to pass.
const FULL_F1_FLOOR = 0.85;

describe('held-out articles, batch 2', () => {
  const coder = new Coder();
  const s = score(gold, articles.flatMap((a) => coder.code(a)));

  it(`reaches full F1 >= ${FULL_F1_FLOOR}`, () => {
    expect(s.levels.full.f1, s.misses.join('\n')).toBeGreaterThanOrEqual(FULL_F1_FLOOR);
  });
  it('never gives a date more precise than the text supports', () => {
    expect(s.overPrecise).toBe(0);
  });
  it('has one gold line per article', () => {
    expect(gold.map((g) => g.article_id)).toEqual(articles.map((a) => a.id));
  });
});
