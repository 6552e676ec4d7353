import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { RESPONSE_WINDOW_DAYS } from '../domain/index.js';
import { deskChoice, pendingRequests } from './brief-requests.js';

const pack = loadPack();
const ids = (asOf: string) => pendingRequests(pack.events, asOf).map((p) => p.event.id);

describe('pendingRequests()', () => {
  it('keeps a request pending from the day it is known until a response of its episode is known', () => {
    expect(ids('2022-09-12')).toEqual([]);
    // Armenia asked both the CSTO and Moscow on 13 September 2022; the CSTO's mission of the 15th answers both.
    expect(ids('2022-09-14').sort()).toEqual(['req-2022-09-13-arm-csto', 'req-2022-09-13-arm-rus']);
    expect(ids('2022-09-15')).toEqual([]);
  });

  it('keeps a request with an outcome but no recorded response pending for the codebook window, and no longer', () => {
    // Kyrgyzstan's request of 19 October 2022: outcome none, nothing on record in answer.
    const last = new Date(Date.UTC(2022, 9, 19 + RESPONSE_WINDOW_DAYS - 1)).toISOString().slice(0, 10);
    const over = new Date(Date.UTC(2022, 9, 19 + RESPONSE_WINDOW_DAYS)).toISOString().slice(0, 10);
    expect(pendingRequests(pack.events, '2022-10-21')).toEqual([
      { event: expect.objectContaining({ id: 'req-2022-10-19-kgz-csto' }), days: 2 },
    ]);
    expect(ids(last)).toEqual(['req-2022-10-19-kgz-csto']);
    expect(ids(over)).toEqual([]);
  });
});

describe('deskChoice()', () => {
  it('takes the newest pending request from a full member, asked again on its own day', () => {
    const pending = pendingRequests(pack.events, '2022-10-21');
    const c = deskChoice(pack, pending, '2022-10-21', '2022-10-22')!;
    expect(c.rule).toBe('pending');
    expect(c.basis.id).toBe('req-2022-10-19-kgz-csto');
    expect(c.request).toEqual({
      requester: 'KGZ',
      asked: 'CSTO',
      date: '2022-10-19',
      threat: 'border_clash',
      adversary: 'TJK',
      article: null,
    });
  });

  it('otherwise takes the member attacked in the newest clash of the past year, asking the alliance under its collective-defence article', () => {
    const c = deskChoice(pack, pendingRequests(pack.events, '2023-03-01'), '2023-03-01', '2023-03-02')!;
    expect(c.rule).toBe('clash');
    expect(c.basis.type).toBe('clash');
    expect(c.request).toMatchObject({
      requester: c.basis.target,
      asked: 'CSTO',
      date: '2023-03-02',
      adversary: c.basis.actor,
      article: '4',
    });
    expect(['border_clash', 'external_attack']).toContain(c.request.threat);
  });

  it('chooses nothing when no request is pending and no member was attacked in the past year', () => {
    expect(deskChoice(pack, pendingRequests(pack.events, '1995-06-30'), '1995-06-30', '1995-07-01')).toBeUndefined();
  });
});
