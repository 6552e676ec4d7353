/**
 * Development aid: `npx tsx scripts/coder-trace.ts FILE [ID...]` codes an articles file (JSON Lines)
 * and prints, for each record, the rule that made it and the sentence, so a miss or a false hit can be
 * traced to its rule. With ids, only those articles.
 */
import { readArticles } from '../src/coder/index.js';
import { packCoder } from '../src/compose/index.js';

const [file, ...ids] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/coder-trace.ts FILE [ID...]');
  process.exit(2);
}
let current = '';
const coder = packCoder(undefined, (rule, e) =>
  console.log(`${current} ${rule.padEnd(28)} ${e.type} ${e.actor}->${e.target} ${e.date}\n      ${e.evidence.slice(0, 220)}`),
);
for await (const item of readArticles([file])) {
  if (!item.ok || (ids.length && !ids.includes(item.article.id))) continue;
  current = item.article.id;
  const out = coder.code(item.article);
  console.log(`${current} => ${out.map((e) => `${e.type} ${e.actor}->${e.target} ${e.date}`).join(' | ') || '-'}`);
}
