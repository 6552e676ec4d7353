import { describe, expect, it } from 'vitest';
import { ResponseIndex, dayOf, knownDay } from '../domain/index.js';
import { loadPack } from './pack.js';

const pack = loadPack();

describe('the CSTO data pack', () => {
  it('validates whole against the schemas', () => {
    expect(pack.members.length).toBeGreaterThanOrEqual(9);
    expect(pack.events.length).toBeGreaterThan(0);
  });

  it('gives every event and every reference record a web source', () => {
    const urls = [
      ...pack.events.flatMap((e) => [e.source, ...(e.sources ?? [])]),
      ...pack.members.flatMap((m) => m.intervals.map((i) => i.source)),
      ...pack.leaders.map((l) => l.source),
      ...pack.summits.map((s) => s.source),
      ...pack.treaty.provisions.map((p) => p.source),
    ];
    const notWeb = urls.filter((u) => !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(u));
    expect(notWeb).toEqual([]);
  });

  it('gives every event a summary that is not a copy of another', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const e of pack.events) {
      const prior = seen.get(e.summary);
      if (prior !== undefined && !e.type.startsWith('un.vote')) repeats.push(`${prior} = ${e.id}`);
      seen.set(e.summary, e.id);
    }
    expect(repeats).toEqual([]);
  });

  it('keeps every status interval in order with no overlap', () => {
    for (const m of pack.members) {
      for (let i = 1; i < m.intervals.length; i++) {
        const prev = m.intervals[i - 1]!;
        const cur = m.intervals[i]!;
        expect(prev.to, `${m.code} interval ${i - 1} must end`).not.toBeNull();
        expect(prev.to! < cur.from, `${m.code}: ${prev.to} before ${cur.from}`).toBe(true);
      }
      expect(m.intervals.at(-1)!.to, `${m.code}: last interval is open`).toBeNull();
    }
  });

  it('records every summit absence both in summits.jsonl and as an event', () => {
    const absences = new Set(
      pack.events
        .filter((e) => e.type === 'summit.absent')
        .map((e) => `${e.actor}|${(e.details as { meeting?: string } | undefined)?.meeting}`),
    );
    const missing = pack.summits.flatMap((s) => s.absent.map((a) => `${a}|${s.id}`)).filter((k) => !absences.has(k));
    expect(missing).toEqual([]);
  });

  it('codes every answered request from a report of the request made before its outcome was known', () => {
    const responses = new ResponseIndex(pack.events);
    const requests = pack.events.filter((e) => e.type === 'assistance.requested' && e.details?.outcome !== undefined);
    expect(requests.length).toBeGreaterThanOrEqual(12);
    for (const e of requests) {
      const coded = (e.details as { coded_from?: { reported: string } } | undefined)?.coded_from;
      expect(coded, e.id).toBeDefined();
      expect(dayOf(coded!.reported), e.id).toBeLessThanOrEqual(responses.outcomeKnownDay(e)!);
      expect(responses.outcomeKnownDay(e)!, e.id).toBeGreaterThanOrEqual(knownDay(e)!);
    }
  });
});
