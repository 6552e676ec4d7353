import { describe, expect, it } from 'vitest';
import type { ChronicleEvent } from '../domain/index.js';
import { loadPack } from '../data/index.js';
import { assess } from './assess.js';
import { buildContext } from './context.js';
import { spareCapacity, tiesWith } from './factors.js';
import { loadParams } from './params.js';

const pack = loadPack();
const params = loadParams();

describe('reading the factors as of a date', () => {
  it('buildContext() sees the war on Ukraine only from 2022-02-24', () => {
    expect(buildContext(pack, '2022-02-23').commitments.map((c) => c.kind)).not.toContain('war');
    expect(buildContext(pack, '2022-02-24').commitments.map((c) => c.kind)).toContain('war');
    expect(spareCapacity(buildContext(pack, '2022-09-12'), params)).toBeCloseTo(1 - params.capacity.war - params.capacity.peacekeeping, 12);
  });

  it('buildContext() lists the six full members in late 2022 and drops suspended Uzbekistan', () => {
    expect(buildContext(pack, '2022-10-21').members).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
  });

  it('tiesWith() counts the Russian peacekeepers in Azerbaijan only once they are known', () => {
    expect(tiesWith('RUS', 'AZE', buildContext(pack, '2020-11-09'), params).parts).not.toContain("peacekeepers on AZE's territory");
    expect(tiesWith('RUS', 'AZE', buildContext(pack, '2021-05-13'), params).parts).toContain("peacekeepers on AZE's territory");
  });

  it('an event dated or reported after the date changes nothing', () => {
    const future: ChronicleEvent[] = [
      { id: 'test-late-war', type: 'clash', actor: 'RUS', target: 'GEO', date: '2022-01-10', source: 'https://example.org/', summary: 'test', details: { war: true } },
      { id: 'test-late-report', type: 'external.cooperation', actor: 'KAZ', target: 'CHN', date: '2021-12-01', reported: '2022-02-01', source: 'https://example.org/', summary: 'test' },
      { id: 'test-late-vote', type: 'alignment.diverged', actor: 'KAZ', target: 'RUS', date: '2022-01', source: 'https://example.org/', summary: 'test' },
    ];
    const req = { requester: 'KAZ', asked: 'CSTO', date: '2022-01-05', threat: 'internal_unrest', adversary: 'CHN', article: '4' } as const;
    const before = assess(req, buildContext(pack, '2022-01-04'), params);
    const after = assess(req, buildContext({ ...pack, events: [...pack.events, ...future] }, '2022-01-04'), params);
    expect(after).toEqual(before);
  });
});
