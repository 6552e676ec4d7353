import { describe, expect, it } from 'vitest';
import type { ChronicleEvent } from '../domain/index.js';
import { loadPack } from '../data/index.js';
import { assess } from './assess.js';
import { buildContext } from './context.js';
import { alignmentOf, spareCapacity, tiesWith } from './factors.js';
import { IndicatorEngine } from '../indicators/index.js';
import { loadParams } from './params.js';

const pack = loadPack();
const params = loadParams(pack.alliance);

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

  it('buildContext() reads alignment from the cohesion indicators as of the date', () => {
    const ctx = buildContext(pack, '2022-09-12');
    const ind = new IndicatorEngine({
      alliance: pack.alliance,
      members: pack.members,
      summits: pack.summits,
      events: pack.events,
      today: pack.manifest.curated_to,
    }).asOf('2022-09-12');
    for (const m of ind.members) expect(ctx.alignment[m.code], m.code).toBeCloseTo(m.components.alignment.value, 12);
    expect(alignmentOf('ARM', ctx)).toBeCloseTo(ctx.alignment['ARM']! / ctx.alignment_prior - 1, 12);
  });

  it('tiesWith() reads the ties with the adversary from the pack, each standing kind once, only once known', () => {
    expect(tiesWith('BLR', 'AZE', buildContext(pack, '2018-06-25'), params).total).toBe(0);
    expect(tiesWith('BLR', 'AZE', buildContext(pack, '2018-06-26'), params).parts).toEqual(['arms tie (tie-2018-06-26-blr-aze-polonez)']);
    const kaz = tiesWith('KAZ', 'AZE', buildContext(pack, '2022-09-12'), params);
    expect(kaz.total).toBe(params.ties.kinds['organisation']);
    // A second record of the same standing relation adds nothing; a one-off exercise adds a little.
    const ctx = buildContext(pack, '2022-09-12');
    const more = {
      ...ctx,
      cooperation: [
        ...ctx.cooperation,
        { id: 'x1', actor: 'KAZ', target: 'AZE', kind: 'organisation' },
        { id: 'x2', actor: 'KAZ', target: 'AZE', kind: 'exercise' },
      ],
    };
    expect(tiesWith('KAZ', 'AZE', more, params).total).toBeCloseTo(kaz.total + params.ties.cooperation_event, 12);
  });

  it("an alignment signal known by the date moves the requester's alignment (the no-look-ahead test below is not vacuous)", () => {
    const early: ChronicleEvent = {
      id: 'test-early-vote',
      type: 'alignment.diverged',
      actor: 'KAZ',
      target: 'RUS',
      date: '2021-12-01',
      source: 'https://example.org/',
      summary: 'test',
    };
    const base = buildContext(pack, '2022-01-04').alignment['KAZ']!;
    expect(buildContext({ ...pack, events: [...pack.events, early] }, '2022-01-04').alignment['KAZ']!).toBeLessThan(base);
  });

  it('an event dated or reported after the date changes nothing', () => {
    const future: ChronicleEvent[] = [
      {
        id: 'test-late-war',
        type: 'clash',
        actor: 'RUS',
        target: 'GEO',
        date: '2022-01-10',
        source: 'https://example.org/',
        summary: 'test',
        details: { war: true },
      },
      {
        id: 'test-late-report',
        type: 'external.cooperation',
        actor: 'KAZ',
        target: 'CHN',
        date: '2021-12-01',
        reported: '2022-02-01',
        source: 'https://example.org/',
        summary: 'test',
      },
      {
        id: 'test-late-vote',
        type: 'alignment.diverged',
        actor: 'KAZ',
        target: 'RUS',
        date: '2022-01',
        source: 'https://example.org/',
        summary: 'test',
      },
      {
        id: 'test-late-tie',
        type: 'external.cooperation',
        actor: 'BLR',
        target: 'CHN',
        date: '2022-01-05',
        source: 'https://example.org/',
        summary: 'test',
        details: { kind: 'organisation' },
      },
      {
        id: 'test-late-un',
        type: 'un.vote',
        actor: 'KAZ',
        target: 'UN',
        date: '2022-01-10',
        source: 'https://example.org/',
        summary: 'test',
        details: { resolution: 'A/RES/68/262', vote: 'yes' },
      },
    ];
    const req = { requester: 'KAZ', asked: 'CSTO', date: '2022-01-05', threat: 'internal_unrest', adversary: 'CHN', article: '4' } as const;
    const before = assess(req, buildContext(pack, '2022-01-04'), params);
    const later = buildContext({ ...pack, events: [...pack.events, ...future] }, '2022-01-04');
    expect(later.alignment).toEqual(buildContext(pack, '2022-01-04').alignment);
    expect(assess(req, later, params)).toEqual(before);
  });
});
