import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { matchesGolden } from './golden.js';

const DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));
const NAME = 'test-only-missing-golden';

afterEach(() => rmSync(`${DIR}${NAME}-changed.json`, { force: true }));

describe('matchesGolden()', () => {
  it('fails on a missing golden file, everywhere, and leaves the candidate for review', () => {
    expect(matchesGolden(NAME, { a: 1 })).toBe(false);
    expect(existsSync(`${DIR}${NAME}.json`)).toBe(false);
    expect(JSON.parse(readFileSync(`${DIR}${NAME}-changed.json`, 'utf8'))).toEqual({ a: 1 });
  });
});
