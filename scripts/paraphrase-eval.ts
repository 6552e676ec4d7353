/** Codes the paraphrase suite (src/coder/fixtures/paraphrase-*.jsonl) for `npm run eval`; tests score it in paraphrase.test.ts. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles, scoreAgainstGold as score, type GoldArticle, type Predicted } from '../src/coder/index.js';
import { packCoder } from '../src/compose/index.js';
import type { ScoredSet } from './dev-eval.js';

const FIXTURES = resolve(fileURLToPath(new URL('../src/coder/fixtures/', import.meta.url)));
export const PARAPHRASE_ARTICLES = join(FIXTURES, 'paraphrase-articles.jsonl');
export const PARAPHRASE_GOLD = join(FIXTURES, 'paraphrase-gold.jsonl');

/** Recall (full match) per event type and per phrasing class of the suite. */
export interface ParaphraseBreakdown {
  readonly byType: Record<string, { recall: number; n: number }>;
  readonly byClass: Record<string, { recall: number; n: number }>;
}

/** Codes the suite; returns the files for the shared scorer and the recall per type and per phrasing class. */
export async function codeParaphrases(): Promise<{ set: ScoredSet; breakdown: ParaphraseBreakdown }> {
  const dir = mkdtempSync(join(tmpdir(), 'bloc-paraphrase-'));
  const coder = packCoder();
  const pred: Predicted[] = [];
  const classOf = new Map<string, string>();
  for await (const item of readArticles([PARAPHRASE_ARTICLES])) {
    if (!item.ok) continue;
    for (const e of coder.code(item.article)) pred.push(e);
  }
  for (const line of readFileSync(PARAPHRASE_ARTICLES, 'utf8').split('\n'))
    if (line.trim()) {
      const a = JSON.parse(line) as { id: string; class: string };
      classOf.set(a.id, a.class);
    }
  const gold = readFileSync(PARAPHRASE_GOLD, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldArticle);
  const predPath = join(dir, 'paraphrase-pred.jsonl');
  writeFileSync(predPath, pred.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const recall = (keep: (g: GoldArticle, type: string) => boolean): { recall: number; n: number } => {
    const sub = gold.map((g) => ({ ...g, events: g.events.filter((e) => !e.optional && keep(g, e.type)) }));
    const s = score(
      sub,
      pred.filter((p) => sub.some((g) => g.article_id === p.article_id)),
    );
    const n = s.levels.full.tp + s.levels.full.fn;
    return { recall: +s.levels.full.r.toFixed(3), n };
  };
  const types = [...new Set(gold.flatMap((g) => g.events.map((e) => e.type)))].sort();
  const classes = [...new Set(classOf.values())];
  const breakdown: ParaphraseBreakdown = {
    byType: Object.fromEntries(types.map((t) => [t, recall((_g, type) => type === t)])),
    byClass: Object.fromEntries(classes.map((c) => [c, recall((g) => classOf.get(g.article_id) === c)])),
  };
  return {
    set: { name: 'paraphrase', label: 'paraphrase suite (in repo, written from the events)', gold: PARAPHRASE_GOLD, pred: predPath },
    breakdown,
  };
}
