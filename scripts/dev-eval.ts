/** Codes the shared dev sets and scores them with the shared scorer; used by `npm run eval` and its test. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../src/coder/index.js';
import { packCoder } from '../src/compose/index.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Where the shared evaluation material lives: beside the repository, never inside it. */
export const DEV_DIR = join(resolve(root, '..', 'shared'), 'eval', 'dev');
export const SCORER = join(resolve(root, '..', 'shared'), 'eval', 'score.mjs');

/** The English sets of the dev folder (the Russian `ru-*` set belongs to the Russian coder). */
export const SETS = [
  { name: 'seed', articles: 'articles.jsonl', gold: 'gold.jsonl' },
  { name: 'real', articles: 'real-articles.jsonl', gold: 'real-gold.jsonl' },
  { name: 'en2', articles: 'en2-articles.jsonl', gold: 'en2-gold.jsonl' },
] as const;
/** Russian articles, scored on their own and kept out of the English combined figure (which stays comparable). */
const RUSSIAN_SETS = [{ name: 'ru', articles: 'ru-articles.jsonl', gold: 'ru-gold.jsonl' }] as const;

/** True when the dev set and its scorer are there to be used. */
export function devSetPresent(): boolean {
  return existsSync(DEV_DIR) && existsSync(SCORER);
}

export interface ScoredSet {
  /** The set's short name (seed, real, en2, combined). */
  readonly name: string;
  readonly label: string;
  readonly gold: string;
  readonly pred: string;
}

/** Codes each English dev set present, then all of them combined; returns the gold and prediction files to score. */
export async function codeDevSets(onProblem: (message: string) => void = () => {}): Promise<{ dir: string; sets: ScoredSet[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'bloc-eval-'));
  const coder = packCoder();
  const allPred: string[] = [];
  const allGold: string[] = [];
  const sets: ScoredSet[] = [];
  for (const set of SETS) {
    if (!existsSync(join(DEV_DIR, set.articles))) continue;
    const pred: string[] = [];
    for await (const item of readArticles([join(DEV_DIR, set.articles)])) {
      if (!item.ok) onProblem(`${item.file}:${item.line}: ${item.reason}`);
      else for (const e of coder.code(item.article)) pred.push(JSON.stringify(e));
    }
    const predPath = join(dir, `${set.name}-pred.jsonl`);
    writeFileSync(predPath, pred.join('\n') + '\n');
    allPred.push(...pred);
    allGold.push(readFileSync(join(DEV_DIR, set.gold), 'utf8').trim());
    sets.push({ name: set.name, label: `${set.name} (${set.articles})`, gold: join(DEV_DIR, set.gold), pred: predPath });
  }
  const goldPath = join(dir, 'all-gold.jsonl');
  const predPath = join(dir, 'all-pred.jsonl');
  writeFileSync(goldPath, allGold.join('\n') + '\n');
  writeFileSync(predPath, allPred.join('\n') + '\n');
  sets.push({ name: 'combined', label: `combined (${sets.map((s) => s.name).join('+')})`, gold: goldPath, pred: predPath });
  for (const set of RUSSIAN_SETS) {
    if (!existsSync(join(DEV_DIR, set.articles))) continue;
    const pred: string[] = [];
    for await (const item of readArticles([join(DEV_DIR, set.articles)])) {
      if (!item.ok) onProblem(`${item.file}:${item.line}: ${item.reason}`);
      else for (const e of coder.code(item.article)) pred.push(JSON.stringify(e));
    }
    const path = join(dir, `${set.name}-pred.jsonl`);
    writeFileSync(path, pred.join('\n') + '\n');
    sets.push({ name: set.name, label: `${set.name} (${set.articles})`, gold: join(DEV_DIR, set.gold), pred: path });
  }
  return { dir, sets };
}

/** The in-repo held-out batches (src/coder/fixtures/heldout*-{articles,gold}.jsonl): paragraphs written for bloc, gold first. */
const FIXTURES = join(root, 'src', 'coder', 'fixtures');

/** Codes each held-out batch of the repository, to score with the shared scorer beside the dev sets. */
export async function codeHeldoutSets(onProblem: (message: string) => void = () => {}): Promise<ScoredSet[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bloc-heldout-'));
  const coder = packCoder();
  const sets: ScoredSet[] = [];
  const names = readdirSync(FIXTURES)
    .map((f) => /^(heldout[\w-]*)-articles\.jsonl$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort();
  for (const name of names) {
    const pred: string[] = [];
    for await (const item of readArticles([join(FIXTURES, `${name}-articles.jsonl`)])) {
      if (!item.ok) onProblem(`${item.file}:${item.line}: ${item.reason}`);
      else for (const e of coder.code(item.article)) pred.push(JSON.stringify(e));
    }
    const path = join(dir, `${name}-pred.jsonl`);
    writeFileSync(path, pred.join('\n') + '\n');
    sets.push({ name, label: `${name} (in repo, held out)`, gold: join(FIXTURES, `${name}-gold.jsonl`), pred: path });
  }
  return sets;
}

/** The seed and the first real set combined: the set the coder's first dev floor (0.85) was set on. */
export function seedAndReal(dir: string, sets: readonly ScoredSet[]): ScoredSet {
  const two = sets.filter((s) => s.name === 'seed' || s.name === 'real');
  const gold = join(dir, 'seed-real-gold.jsonl');
  const pred = join(dir, 'seed-real-pred.jsonl');
  writeFileSync(gold, two.map((s) => readFileSync(s.gold, 'utf8').trim()).join('\n') + '\n');
  writeFileSync(pred, two.map((s) => readFileSync(s.pred, 'utf8').trim()).join('\n') + '\n');
  return { name: 'seed+real', label: 'seed+real', gold, pred };
}

/** Runs the shared scorer on one set; `json` gives its machine-readable report. */
export function runScorer(set: ScoredSet, options: { json?: boolean; verbose?: boolean } = {}): string {
  const args = [
    SCORER,
    '--gold',
    set.gold,
    '--pred',
    set.pred,
    ...(options.verbose ? ['--verbose'] : []),
    ...(options.json ? ['--json'] : []),
  ];
  return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
