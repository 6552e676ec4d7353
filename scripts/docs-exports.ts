// `npm run docs:exports`: regenerates the column table, the pandas and R readers and the figures in
// docs/exports.md (test/docs-exports.test.ts fails when they drift from the schema or the tools).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportBlocks, writeBlock } from './exports-doc.js';

const file = fileURLToPath(new URL('../docs/exports.md', import.meta.url));
let doc = readFileSync(file, 'utf8');
const blocks = await exportBlocks();
for (const [name, text] of Object.entries(blocks)) doc = writeBlock(doc, name, text);
writeFileSync(file, doc);
process.stdout.write(`docs/exports.md: ${Object.keys(blocks).length} generated blocks written\n`);
