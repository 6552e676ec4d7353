/**
 * `npm run bench:coder`: generates a 50,000-article firehose (~2% about the alliance), 5,000
 * alliance-dense articles and a 20,000-article Russian firehose (5% about the alliance) from fixed
 * seeds, then times a floor pass (read + sentence split) and
 * the coder on each, in fresh child processes so each peak RSS is its own. The firehose's
 * predictions are scored against its gold (type+actors F1). The last line is one JSON object.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles, splitSentences } from '../src/coder/index.js';
import { packCoder } from '../src/compose/index.js';
import { ENGLISH, writeCorpus } from './corpus/generate.js';
import { RUSSIAN } from './corpus/generate-ru.js';

interface PassResult {
  pass: string;
  articles: number;
  seconds: number;
  articlesPerSec: number;
  mbPerSec: number;
  peakRssMb: number;
  events: number;
  f1?: number;
}

async function runPass(pass: 'floor' | 'coder', file: string, gold: string | undefined): Promise<PassResult> {
  const coder = pass === 'coder' ? packCoder() : undefined;
  const predicted = new Map<string, string[]>();
  let articles = 0;
  let events = 0;
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for await (const item of readArticles([file])) {
    if (!item.ok) continue;
    articles++;
    if (!coder) {
      sink += splitSentences(item.article.text).length;
      continue;
    }
    const evs = coder.code(item.article);
    events += evs.length;
    if (evs.length)
      predicted.set(
        item.article.id,
        evs.map((e) => `${e.type}|${e.actor}|${e.target}`),
      );
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const bytes = statSync(file).size;
  const result: PassResult = {
    pass,
    articles,
    seconds: +seconds.toFixed(3),
    articlesPerSec: Math.round(articles / seconds),
    mbPerSec: +(bytes / 1e6 / seconds).toFixed(1),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    events: events + (sink > 0 ? 0 : 0),
  };
  if (coder && gold) result.f1 = score(gold, predicted);
  return result;
}

// type+actors F1: per article, each predicted (type, actor, target) matches at most one gold event.
function score(goldPath: string, predicted: Map<string, string[]>): number {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
    if (!line) continue;
    const g = JSON.parse(line) as { article_id: string; events: { type: string; actor: string; target: string | null }[] };
    const pred = [...(predicted.get(g.article_id) ?? [])];
    for (const e of g.events) {
      const i = pred.indexOf(`${e.type}|${e.actor}|${e.target}`);
      if (i >= 0) {
        tp++;
        pred.splice(i, 1);
      } else fn++;
    }
    fp += pred.length;
  }
  const p = tp / Math.max(1, tp + fp),
    r = tp / Math.max(1, tp + fn);
  return +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3);
}

function child(pass: string, file: string, gold?: string): Promise<PassResult> {
  return new Promise((resolve, reject) => {
    const cp = fork(fileURLToPath(import.meta.url), ['--pass', pass, file, ...(gold ? [gold] : [])], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    cp.once('message', (m) => resolve(m as PassResult));
    cp.once('error', reject);
    cp.once('exit', (code) => code !== 0 && reject(new Error(`${pass} pass exited ${code}`)));
  });
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--pass');
  if (i >= 0) {
    const r = await runPass(process.argv[i + 1] as 'floor' | 'coder', process.argv[i + 2]!, process.argv[i + 3]);
    process.send!(r);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bloc-bench-'));
  const corpora = [
    { name: 'firehose', count: Number(process.env['BENCH_FIREHOSE'] ?? 50_000), share: 0.02, seed: 20221021, kit: ENGLISH },
    { name: 'dense', count: Number(process.env['BENCH_DENSE'] ?? 5_000), share: 1, seed: 1992, kit: ENGLISH },
    // Russian news-like copy: most articles name members in trade, sport and culture; 5% carry alliance events.
    { name: 'ruFirehose', count: Number(process.env['BENCH_RU_FIREHOSE'] ?? 20_000), share: 0.05, seed: 20240223, kit: RUSSIAN },
  ];
  const summary: Record<string, unknown> = {};
  for (const c of corpora) {
    const file = join(dir, `${c.name}.jsonl`),
      gold = join(dir, `${c.name}-gold.jsonl`);
    const bytes = await writeCorpus(file, gold, c.count, c.share, c.seed, c.kit);
    console.log(`${c.name}: ${c.count} articles, ${(bytes / 1e6).toFixed(1)} MB (seed ${c.seed})`);
    const floor = await child('floor', file);
    const coded = await child('coder', file, gold);
    for (const r of [floor, coded]) {
      console.log(
        `  ${r.pass.padEnd(6)} ${String(r.articlesPerSec).padStart(7)} articles/s  ${String(r.mbPerSec).padStart(6)} MB/s  peak RSS ${r.peakRssMb} MB${r.f1 !== undefined ? `  type+actors F1 ${r.f1}` : ''}`,
      );
    }
    console.log(`  coder/floor ratio ${(coded.articlesPerSec / floor.articlesPerSec).toFixed(2)}`);
    summary[c.name] = { articles: c.count, floor, coder: coded, ratio: +(coded.articlesPerSec / floor.articlesPerSec).toFixed(2) };
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify(summary));
}

await main();
