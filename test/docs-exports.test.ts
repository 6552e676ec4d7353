import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPORT_BLOCKS, readBlock } from '../scripts/exports-doc.js';

const doc = readFileSync(fileURLToPath(new URL('../docs/exports.md', import.meta.url)), 'utf8');

describe('docs/exports.md', () => {
  for (const [name, render] of Object.entries(EXPORT_BLOCKS)) {
    it(`shows the ${name} block as the events table's schema renders it (npm run docs:exports rewrites it)`, () => {
      expect(readBlock(doc, name)).toBe(render());
    });
  }
});
