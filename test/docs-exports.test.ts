import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportBlocks, readBlock } from '../scripts/exports-doc.js';

const doc = readFileSync(fileURLToPath(new URL('../docs/exports.md', import.meta.url)), 'utf8');

const BLOCKS = ['events-columns', 'events-pandas', 'events-r', 'events-types', 'brief-example'];

describe('docs/exports.md', () => {
  it('shows every generated block as the schema and the tools give it now (npm run docs:exports rewrites them)', async () => {
    const blocks = await exportBlocks();
    expect(Object.keys(blocks)).toEqual(BLOCKS);
    for (const name of BLOCKS) expect(readBlock(doc, name), name).toBe(blocks[name]);
  });
});
