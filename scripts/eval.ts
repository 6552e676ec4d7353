/** `npm run eval`: codes ../shared/eval/dev (seed and real articles) and prints the scorer's figures. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Coder, readArticles } from '../src/coder/index.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const shared = resolve(root, '..', 'shared');
const dev = join(shared, 'eval', 'dev');
const scorer = join(shared, 'eval', 'score.mjs');

const SETS = [
  { name: 'seed', articles: 'articles.jsonl', gold: 'gold.jsonl' },
  { name: 'real', articles: 'real-articles.jsonl', gold: 'real-gold.jsonl' },
] as const;

async function main(): Promise<void> {
  if (!existsSync(dev) || !existsSync(scorer)) {
    console.log(`eval skipped: ${dev} is absent (the shared evaluation material lives beside the repository)`);
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const out = mkdtempSync(join(tmpdir(), 'bloc-eval-'));
  const coder = new Coder();
  const allPred: string[] = [];
  const allGold: string[] = [];
  for (const set of SETS) {
    const pred: string[] = [];
    for await (const item of readArticles([join(dev, set.articles)])) {
      if (!item.ok) {
        console.error(`${item.file}:${item.line}: ${item.reason}`);
        continue;
      }
      for (const e of coder.code(item.article)) pred.push(JSON.stringify(e));
    }
    const predPath = join(out, `${set.name}-pred.jsonl`);
    writeFileSync(predPath, pred.join('\n') + '\n');
    allPred.push(...pred);
    allGold.push(readFileSync(join(dev, set.gold), 'utf8').trim());
    score(`${set.name} (${set.articles})`, join(dev, set.gold), predPath, verbose);
  }
  const goldPath = join(out, 'all-gold.jsonl');
  const predPath = join(out, 'all-pred.jsonl');
  writeFileSync(goldPath, allGold.join('\n') + '\n');
  writeFileSync(predPath, allPred.join('\n') + '\n');
  score('combined', goldPath, predPath, false);
  console.log(`predictions in ${out}`);
}

function score(label: string, gold: string, pred: string, verbose: boolean): void {
  console.log(`\n== ${label}`);
  const args = [scorer, '--gold', gold, '--pred', pred, ...(verbose ? ['--verbose'] : [])];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}

await main();
