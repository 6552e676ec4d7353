import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../data/index.js';
import { loadLanguage } from '../language.js';
import { defaultCoder } from './default-coder.js';
import type { Article } from '../../domain/index.js';
import { score, type GoldArticle } from '../gold-score.js';

const lines = (name: string): unknown[] =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);

/** What one held-out batch must reach: floors measured honestly, raised when the coder improves, never lowered to pass. */
export interface HeldoutBatch {
  readonly title: string;
  /** Fixture prefix: `<prefix>-articles.jsonl` and `<prefix>-gold.jsonl`. */
  readonly prefix: string;
  readonly fullF1Floor: number;
  /** Dates more precise than this batch's gold that are judgement calls of the gold (0: none allowed). */
  readonly overPreciseMax: number;
  /** The language folder the batch is written for (default: English). */
  readonly language?: string;
}

/** Codes one held-out batch and checks it against its gold with the spec's matching rules. */
export function describeHeldout(batch: HeldoutBatch): void {
  const articles = lines(`${batch.prefix}-articles.jsonl`) as Article[];
  const gold = lines(`${batch.prefix}-gold.jsonl`) as GoldArticle[];
  describe(batch.title, () => {
    const coder = batch.language ? defaultCoder({ language: loadLanguage(loadPack().alliance, batch.language) }) : defaultCoder();
    const s = score(
      gold,
      articles.flatMap((a) => coder.code(a)),
    );

    it(`reaches full F1 >= ${batch.fullF1Floor}`, () => {
      expect(s.levels.full.f1, s.misses.join('\n')).toBeGreaterThanOrEqual(batch.fullF1Floor);
    });
    const overName =
      batch.overPreciseMax === 0
        ? 'never gives a date more precise than the text supports'
        : `gives at most ${batch.overPreciseMax} date(s) more precise than this gold`;
    it(overName, () => {
      expect(s.overPrecise).toBeLessThanOrEqual(batch.overPreciseMax);
    });
    it('has one gold line per article', () => {
      expect(gold.map((g) => g.article_id)).toEqual(articles.map((a) => a.id));
    });
  });
}
