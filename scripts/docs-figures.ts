// `npm run docs:figures`: recomputes every table of figures in docs/ from the tools' output and
// writes docs/figures.json (the figures, with the data pack's fingerprint) beside them.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allFigures } from './figures/compute.js';
import { writeBlock } from './figures/blocks.js';
import { BLOCKS } from './figures/render.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const figures = allFigures();
writeFileSync(`${root}docs/figures.json`, JSON.stringify(figures, null, 2) + '\n');
for (const [file, blocks] of Object.entries(BLOCKS)) {
  let doc = readFileSync(`${root}${file}`, 'utf8');
  for (const [name, render] of Object.entries(blocks)) doc = writeBlock(doc, name, render(figures));
  writeFileSync(`${root}${file}`, doc);
}
process.stdout.write(`docs/figures.json and ${Object.keys(BLOCKS).length} documents updated\n`);
