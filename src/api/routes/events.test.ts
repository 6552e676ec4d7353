import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.js';
import { testApp } from '../test-helpers/app.js';

let store: Store | undefined;
afterEach(() => store?.close());

describe('the API event objects', () => {
  it('carry the standard codes beside the record, in the list and alone, as the exports do', async () => {
    const t = testApp();
    store = t.store;
    const list = (await (await t.app.request('/api/events?type=assistance.requested&actor=KAZ')).json()) as {
      events: { id: string; codes: Record<string, unknown> }[];
    };
    const kaz = list.events.find((e) => e.id === 'req-2022-01-05-kaz-csto')!;
    expect(kaz.codes).toEqual({
      cameo: '0232 / 0234',
      cameo_extension: false,
      plover: 'REQUEST',
      actor_iso3: 'KAZ',
      actor_cow: 705,
      target_iso3: null,
      target_cow: null,
      date_precision: 'day',
      date_start: '2022-01-05',
      date_end: '2022-01-05',
      known_from: '2022-01-06',
    });
    const one = (await (await t.app.request('/api/events/req-2022-01-05-kaz-csto')).json()) as typeof kaz;
    expect(one).toEqual(kaz);
  });
});

describe('GET /api/events?q=', () => {
  it('searches the text of events, with the other filters, counted for paging', async () => {
    const t = testApp();
    store = t.store;
    const get = async (query: string) =>
      (await (await t.app.request(`/api/events?${query}`)).json()) as { total: number; events: { id: string; summary: string }[] };
    const hits = await get('q=fuel%20prices%20riots');
    expect(hits.events.map((e) => e.id)).toContain('req-2022-01-05-kaz-csto');
    expect(hits.total).toBe(hits.events.length);
    for (const e of hits.events) expect(e.summary.toLowerCase()).toMatch(/riot/);
    const narrowed = await get('q=tokayev&type=assistance.requested&actor=KAZ');
    expect(narrowed.events.map((e) => e.id)).toContain('req-2022-01-05-kaz-csto');
    expect(narrowed.total).toBeLessThan((await get('q=tokayev')).total);
  });

  it('treats FTS syntax as words, and refuses an over-long query in one line', async () => {
    const t = testApp();
    store = t.store;
    const odd = await t.app.request(`/api/events?q=${encodeURIComponent('tokayev" OR NEAR(')}`);
    expect(odd.status).toBe(200);
    expect(((await odd.json()) as { total: number }).total).toBe(0);
    const long = await t.app.request(`/api/events?q=${'a'.repeat(501)}`);
    expect(long.status).toBe(400);
  });
});
