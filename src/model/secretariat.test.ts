import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { assess } from './assess.js';
import { buildContext } from './context.js';
import { loadParams } from './params.js';
import { callForCalm } from './secretariat.js';
import type { CrisisRequest } from './types.js';

const pack = loadPack();
const params = loadParams(pack.alliance);
const clash = (requester: string, adversary: string, date: string, fatalities: number | null): CrisisRequest => ({
  requester,
  asked: null,
  date,
  threat: 'border_clash',
  adversary,
  article: null,
  fatalities,
});

describe("the Secretariat's call for calm (crises with no request)", () => {
  it('callForCalm() names every factor behind it, and assess() reports them', () => {
    const req = clash('KGZ', 'TJK', '2022-01-27', 2);
    const ctx = buildContext(pack, '2022-01-26');
    const calm = callForCalm(req, ctx, params);
    expect(Object.keys(calm.contributions)).toEqual(
      expect.arrayContaining(['secretariat', 'credibility', 'severity', 'member_clash', 'standing']),
    );
    expect(calm.utility).toBeCloseTo(
      Object.values(calm.contributions).reduce((s, x) => s + x, 0),
      12,
    );
    expect(assess(req, ctx, params).call_for_calm).toEqual(calm);
  });

  it('speaks less for a member drifting away: Armenia in February 2024 against Armenia in July 2021', () => {
    const early = callForCalm(clash('ARM', 'AZE', '2021-07-28', 4), buildContext(pack, '2021-07-27'), params);
    const late = callForCalm(clash('ARM', 'AZE', '2024-02-13', 4), buildContext(pack, '2024-02-12'), params);
    expect(late.contributions['standing']!).toBeLessThan(0);
    expect(late.utility).toBeLessThan(early.utility);
  });

  it('a deadlier clash and a clash between two members both raise it; ties of the others to the adversary lower it', () => {
    const ctx = buildContext(pack, '2022-01-26');
    const u = (r: CrisisRequest): number => callForCalm(r, ctx, params).utility;
    expect(u(clash('KGZ', 'TJK', '2022-01-27', 50))).toBeGreaterThan(u(clash('KGZ', 'TJK', '2022-01-27', 2)));
    expect(u(clash('KGZ', 'TJK', '2022-01-27', 2))).toBeGreaterThan(u(clash('KGZ', 'CHN', '2022-01-27', 2)));
    expect(callForCalm(clash('ARM', 'AZE', '2022-01-27', 2), ctx, params).contributions['partners']!).toBeLessThan(0);
  });

  it('reads standing as of the day before: a boycott known later changes nothing', () => {
    const req = clash('KGZ', 'TJK', '2022-01-27', 2);
    const late = {
      id: 'test-late-boycott',
      type: 'exercise.boycotted',
      actor: 'KGZ',
      target: 'KAZ',
      date: '2022-01-27',
      source: 'https://example.org/',
      summary: 'test',
    } as const;
    const before = callForCalm(req, buildContext(pack, '2022-01-26'), params);
    expect(callForCalm(req, buildContext({ ...pack, events: [...pack.events, late] }, '2022-01-26'), params)).toEqual(before);
  });

  it('before the Charter is in force there is no Secretariat to speak unasked, and no organ to send a mission', () => {
    const ctx = buildContext(pack, '1999-08-14');
    const a = assess(clash('TJK', 'UZB', '1999-08-15', 0), ctx, params);
    expect(a.call_for_calm?.open).toBe(false);
    expect(a.distribution.none).toBe(1);
    const toRussia: CrisisRequest = {
      requester: 'KGZ',
      asked: 'RUS',
      date: '1999-08-31',
      threat: 'terrorism',
      adversary: null,
      article: null,
    };
    const b = assess(toRussia, buildContext(pack, '1999-08-30'), params);
    expect(b.distribution.mission).toBe(0);
    expect(b.modal).toBe('statement');
    // The same request once the organs exist can bring a mission again.
    expect(assess({ ...toRussia, date: '2010-06-12' }, buildContext(pack, '2010-06-11'), params).distribution.mission).toBeGreaterThan(0);
  });
});
