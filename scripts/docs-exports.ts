// `npm run docs:exports`: regenerates the column table and the pandas and R readers in docs/exports.md
// from the events table's schema (test/docs-exports.test.ts fails when they drift apart).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXPORT_BLOCKS, writeBlock } from './exports-doc.js';

const file = fileURLToPath(new URL('../docs/exports.md', import.meta.url));
let doc = readFileSync(file, 'utf8');
for (const [name, render] of Object.entries(EXPORT_BLOCKS)) doc = writeBlock(doc, name, render());
writeFileSync(file, doc);
process.stdout.write(`docs/exports.md: ${Object.keys(EXPORT_BLOCKS).length} generated blocks written\n`);
