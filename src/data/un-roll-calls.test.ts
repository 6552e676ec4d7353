import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadPack } from './pack.js';

// The fixture holds UN roll calls, each with the URL of its UN record; the pack must agree with every vote in it.
const Vote = z.enum(['yes', 'no', 'abstain', 'absent']);
const RollCall = z.object({
  symbol: z.string().regex(/^A\/RES\/\d+\/\d+$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string().min(1),
  tally: z.string().regex(/^\d+-\d+-\d+$/),
  source: z.string().url(),
  sources: z.array(z.string().url()).optional(),
  votes: z.record(z.string().regex(/^[A-Z]{3}$/), Vote),
});
const Fixture = z.object({ about: z.string(), dataset: z.string().url(), resolutions: z.array(RollCall).min(1) });

const fixture = Fixture.parse(JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'un-roll-calls.json'), 'utf8')));
const votes = loadPack().events.filter((e) => e.type === 'un.vote');
const FIRST = '2008';
const LAST = '2019-12-31';

describe('UN votes in the pack against the roll calls, 2008–2019', () => {
  it('the fixture keeps to 2008–2019 and names each resolution once', () => {
    const symbols = fixture.resolutions.map((r) => r.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const r of fixture.resolutions) expect(r.date >= FIRST && r.date <= LAST, r.symbol).toBe(true);
  });

  for (const rc of fixture.resolutions) {
    it(`${rc.symbol} (${rc.date}): every member's vote in the pack equals the roll call`, () => {
      const mismatches: string[] = [];
      for (const [actor, expected] of Object.entries(rc.votes)) {
        const found = votes.filter((e) => e.actor === actor && e.details?.['resolution'] === rc.symbol);
        if (found.length !== 1) {
          mismatches.push(`${actor}: ${found.length} records`);
          continue;
        }
        const e = found[0]!;
        if (e.details?.['vote'] !== expected) mismatches.push(`${actor}: pack ${String(e.details?.['vote'])}, roll call ${expected}`);
        if (e.date !== rc.date) mismatches.push(`${actor}: pack date ${String(e.date)}, roll call ${rc.date}`);
        if (e.details?.['tally'] !== rc.tally) mismatches.push(`${actor}: pack tally ${String(e.details?.['tally'])}, UN ${rc.tally}`);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('every pack vote of 2008–2019 on an A/RES symbol has a roll call in the fixture', () => {
    const covered = new Set(fixture.resolutions.flatMap((r) => Object.keys(r.votes).map((a) => `${r.symbol} ${a}`)));
    const missing = votes
      .filter((e) => e.date !== null && e.date >= FIRST && e.date <= LAST)
      .map((e) => `${String(e.details?.['resolution'])} ${e.actor}`)
      .filter((k) => k.startsWith('A/RES/') && !covered.has(k));
    expect(missing).toEqual([]);
  });
});
