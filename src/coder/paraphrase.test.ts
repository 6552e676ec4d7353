import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { defaultCoder } from './test-helpers/default-coder.js';
import { score, type GoldArticle } from './gold-score.js';

// The paraphrase suite: sentences written from the events, never from an article's sentence, three
// per event type and phrasing class (active, passive, nominal, actor as modifier or prepositional
// phrase, coordinated actors, date told in another sentence). First contact (written before any rule
// was tuned on it): full F1 0.778 with the token engine (0.742 with the regex coder of main), 4 dates
// more precise than the gold. The floor is raised as the coder improves, never lowered to pass.
const lines = (name: string): unknown[] =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);
const articles = lines('paraphrase-articles.jsonl') as (Article & { type: string; class: string })[];
const gold = lines('paraphrase-gold.jsonl') as GoldArticle[];

describe('the paraphrase suite', () => {
  const coder = defaultCoder();
  const s = score(
    gold,
    articles.flatMap((a) => coder.code(a)),
  );
  it('reaches full F1 >= 0.85', () => {
    expect(s.levels.full.f1, s.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
  it('gives at most 4 dates more precise than its gold', () => {
    expect(s.overPrecise).toBeLessThanOrEqual(4);
  });
  it('has three sentences or more for every event type and phrasing class', () => {
    const count = new Map<string, number>();
    for (const a of articles) count.set(`${a.type} ${a.class}`, (count.get(`${a.type} ${a.class}`) ?? 0) + 1);
    expect(count.size).toBe(22 * 6);
    expect(Math.min(...count.values())).toBeGreaterThanOrEqual(3);
    expect(gold.map((g) => g.article_id)).toEqual(articles.map((a) => a.id));
  });
});
