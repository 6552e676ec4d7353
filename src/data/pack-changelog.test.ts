import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from './pack.js';

const version = (JSON.parse(readFileSync(join(DEFAULT_PACK_DIR, 'pack.json'), 'utf8')) as { version: string }).version;
const changelog = readFileSync(join(DEFAULT_PACK_DIR, 'CHANGELOG.md'), 'utf8');
const releases = [...changelog.matchAll(/^## Release (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})$/gm)].map((m) => ({
  version: m[1]!,
  date: m[2]!,
}));
const order = (v: string): number[] => v.split('.').map(Number);
const newer = (a: string, b: string): boolean => {
  const [x, y] = [order(a), order(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
};

describe("the CSTO pack's releases", () => {
  it("give the pack's version a release heading in its changelog, as the newest release", () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(releases.map((r) => r.version)).toContain(version);
    expect(releases[0]!.version).toBe(version);
  });

  it('list releases newest first, each version and date once, dates never going up as versions go down', () => {
    for (let i = 1; i < releases.length; i++) {
      expect(newer(releases[i - 1]!.version, releases[i]!.version), `${releases[i - 1]!.version} before ${releases[i]!.version}`).toBe(
        true,
      );
      expect(releases[i - 1]!.date >= releases[i]!.date).toBe(true);
    }
    expect(releases.length).toBeGreaterThanOrEqual(3);
  });
});
