import { describe, expect, it } from 'vitest';
import type { ChronicleEvent } from './event.js';
import { cowLookup, eventCodes, eventTableRow, withCodes } from './event-flatten.js';
import { EVENT_COLUMNS, EventTableRow } from './event-table.js';

// Invented states and numbers: the flattening reads COW numbers only from what it is given.
const cow = cowLookup([
  { code: 'ARM', cow: 371 },
  { code: 'KGZ', cow: 703 },
]);

const request = {
  id: 'req-test',
  type: 'assistance.requested',
  actor: 'KGZ',
  target: 'CSTO',
  date: '2022-10',
  reported: '2022-10-19',
  source: 'https://example.org/a',
  sources: ['https://example.org/a', 'https://example.org/b c', 'article:a17'],
  summary: 'Kyrgyzstan asked for help.',
  location: { name: 'Batken', lat: 40.06, lon: 70.82 },
  details: {
    article: '4',
    threat: 'border_clash',
    adversary: 'TJK',
    outcome: 'none',
    episode: 'ep-1',
    framed_as: 'aggression',
    treaty: null,
  },
} as const satisfies ChronicleEvent;

describe('eventTableRow()', () => {
  it('flattens a request: codes, states, date interval, every source, its details in their columns and the rest as JSON', () => {
    const row = eventTableRow(request, cow);
    expect(EventTableRow.strict().parse(row)).toEqual(row);
    expect(row).toMatchObject({
      cameo: '0232 / 0234',
      cameo_extension: false,
      plover: 'REQUEST',
      actor_iso3: 'KGZ',
      actor_cow: 703,
      target: 'CSTO',
      target_iso3: null,
      target_cow: null,
      date_precision: 'month',
      date_start: '2022-10-01',
      date_end: '2022-10-31',
      known_from: '2022-10-19',
      location_name: 'Batken',
      location_lat: 40.06,
      location_admin1: null,
      sources: 'https://example.org/a https://example.org/b%20c article:a17',
      source_count: 3,
      treaty_article: '4',
      threat: 'border_clash',
      adversary: 'TJK',
      outcome: 'none',
      episode: 'ep-1',
      origin: null,
    });
    expect(JSON.parse(row.details_other!)).toEqual({ framed_as: 'aggression', treaty: null });
  });

  it("flags bloc's own CAMEO extension, gives no CAMEO code to UN votes, and no COW number to a state outside the pack", () => {
    const frozen = eventTableRow(
      { id: 'f', type: 'membership.frozen', actor: 'ARM', target: 'CSTO', date: '2024', source: 'https://example.org/f', summary: 'froze' },
      cow,
    );
    expect([frozen.cameo, frozen.cameo_extension, frozen.plover, frozen.actor_cow, frozen.date_end]).toEqual([
      '161',
      true,
      'SANCTION, withdraw',
      371,
      '2024-12-31',
    ]);
    const vote = eventTableRow(
      {
        id: 'v',
        type: 'un.vote',
        actor: 'CHN',
        target: 'UN',
        date: '2014-03-27',
        source: 'https://example.org/v',
        summary: 'voted',
        details: { resolution: 'A/RES/68/262', vote: 'abstain' },
      },
      cow,
    );
    expect([vote.cameo, vote.cameo_extension, vote.plover, vote.actor_iso3, vote.actor_cow, vote.resolution, vote.vote]).toEqual([
      null,
      false,
      null,
      'CHN',
      null,
      'A/RES/68/262',
      'abstain',
    ]);
  });

  it('reads the origin the store records, and a claim from the record or its details', () => {
    const clash = {
      id: 'c',
      type: 'clash',
      actor: 'ARM',
      target: 'KGZ',
      date: '2021-05-12',
      source: 'https://example.org/c',
      summary: 'clash',
      details: { fatalities: 3, claimed_by: 'KGZ' },
      origin: { kind: 'reviewed', reviewer: 'ana', at: '2026-01-02T03:04:05.000Z' },
    } as unknown as ChronicleEvent;
    const row = eventTableRow(clash, cow);
    expect([row.origin, row.origin_reviewer, row.origin_at, row.claimed_by, row.fatalities, row.details_other]).toEqual([
      'reviewed',
      'ana',
      '2026-01-02T03:04:05.000Z',
      'KGZ',
      3,
      null,
    ]);
    // The record says one claimant and its details another: the column has the record's, the other stays visible.
    const both = eventTableRow({ ...clash, claimed_by: 'ARM' } as ChronicleEvent, cow);
    expect([both.claimed_by, both.details_other]).toEqual(['ARM', '{"claimed_by":"KGZ"}']);
  });

  it('leaves a detail whose value is not of its column kind among the other details instead of coercing it', () => {
    const odd = { ...request, details: { outcome: 'unknown-yet', note: 42 } } as unknown as ChronicleEvent;
    const row = eventTableRow(odd, cow);
    expect([row.outcome, row.note]).toEqual([null, null]);
    expect(JSON.parse(row.details_other!)).toEqual({ outcome: 'unknown-yet', note: 42 });
  });
});

describe('withCodes()', () => {
  it('keeps every field of the record and adds the codes under one key', () => {
    const out = withCodes(request, cow);
    const { codes, ...record } = out;
    expect(record).toEqual(request);
    expect(codes).toEqual(eventCodes(request, cow));
    expect(Object.keys(codes)).toEqual(EVENT_COLUMNS.map((c) => c.name).filter((n) => n in codes));
  });
});
