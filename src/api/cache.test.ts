import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { fakeExtract, post, testApp } from './test-helpers/app.js';

let store: Store | undefined;
afterEach(() => store?.close());

const article = { date: '2024-03-05', url: 'https://example.org/news/1', text: 'Kyrgyzstan asked the CSTO for help on the border.' };
const MARCH = '/api/events?actor=KGZ&from=2024-03-01&to=2024-03-31';

type Page = { total: number; events: { id: string }[] };

describe('cached answers', () => {
  it('a cached GET /api/events is invalidated when a proposal is accepted', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const first = await t.app.request(MARCH);
    const before = (await first.json()) as Page;
    // Asked twice, so the answer is certainly served from the cache before the write.
    const again = await t.app.request(MARCH);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));

    const ingested = (await (await t.app.request(post('/api/ingest', article))).json()) as { proposed: string[] };
    const review = await t.app.request(post(`/api/proposals/${ingested.proposed[0]}/accept`, { reviewer: 'analyst-1' }));
    expect(review.status).toBe(201);
    const event_id = ((await review.json()) as { event: { id: string } }).event.id;

    const after = await t.app.request(MARCH);
    const page = (await after.json()) as Page;
    expect(page.total).toBe(before.total + 1);
    expect(page.events.map((e) => e.id)).toContain(event_id);
    expect(after.headers.get('etag')).not.toBe(first.headers.get('etag'));
  });

  it('answers a matching If-None-Match with a 304, until a write changes the answer', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const first = await t.app.request(MARCH);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('content-length')).toBe(String((await first.arrayBuffer()).byteLength));
    const cached = await t.app.request(MARCH, { headers: { 'if-none-match': etag } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await cached.text()).toBe('');

    expect((await t.app.request(post('/api/ingest', { ...article, accept: true }))).status).toBe(201);
    const changed = await t.app.request(MARCH, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as Page).total).toBe(1);
  });

  it('shares one answer between spellings of the same query, and still refuses a bad one', async () => {
    const t = testApp();
    store = t.store;
    const a = await t.app.request('/api/events?actor=kgz&limit=5');
    const b = await t.app.request('/api/events?offset=0&actor=KGZ&limit=5&order=asc');
    expect(a.status).toBe(200);
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
    expect(await b.text()).toBe(await a.text());
    for (let i = 0; i < 2; i++) {
      const bad = await t.app.request('/api/events?actor=kgz&limit=5000');
      expect(bad.status).toBe(400);
      expect(bad.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('sends the security headers with cached answers', async () => {
    const t = testApp();
    store = t.store;
    for (let i = 0; i < 2; i++) {
      const res = await t.app.request('/api/events?limit=1');
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('gives a repeated assess body the same answer, and a bad body a 400 every time', async () => {
    const t = testApp();
    store = t.store;
    const ask = (body: string) => t.app.request('/api/assess', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const q = JSON.stringify({ requester: 'KAZ', date: '2022-01-05', threat: 'internal_unrest', article: '4' });
    const first = await ask(q);
    expect(first.status).toBe(200);
    const second = await ask(q);
    expect(await second.text()).toBe(await first.text());
    // The same question spelt differently shares the answer.
    const spelt = await ask(JSON.stringify({ article: '4', threat: 'internal_unrest', date: '2022-01-05', requester: 'kaz' }));
    expect(spelt.headers.get('etag')).toBe(first.headers.get('etag'));
    for (let i = 0; i < 2; i++) expect((await ask(q.replace('}', ',"extra":1}'))).status).toBe(400);
  });
});
