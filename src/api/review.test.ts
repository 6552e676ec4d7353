import { afterEach, describe, expect, it } from 'vitest';
import type { Proposal } from '../domain/index.js';
import type { Store } from '../store/index.js';
import { fakeExtract, NOW, post, testApp } from './test-helpers/app.js';

let store: Store | undefined;
afterEach(() => store?.close());

const article = {
  date: '2024-03-05',
  url: 'https://example.org/news/1',
  text: 'Intro line.\nKyrgyzstan asked the CSTO for help on the border.\nClosing <script>alert(1)</script> line.',
};
// The coder stand-in gives no date when the line says "more than once", as a real coder should.
const undated = { date: '2024-03-06', url: 'https://example.org/news/2', text: 'Kyrgyzstan asked the CSTO for help more than once.' };

async function ingest(t: ReturnType<typeof testApp>, body: object): Promise<string[]> {
  const res = await t.app.request(post('/api/ingest', body));
  expect(res.status).toBe(201);
  return ((await res.json()) as { proposed: string[] }).proposed;
}

describe('extract, propose and review', () => {
  it('POST /api/extract returns coded events with a draft that keeps only what the text gave', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const res = await t.app.request(post('/api/extract', undated));
    const body = (await res.json()) as { events: { draft: Record<string, unknown>; span: { start: number; end: number } }[] };
    expect(body.events[0]!.draft).toMatchObject({ type: 'assistance.requested', date: null, reported: '2024-03-06', source: undated.url });
    expect(undated.text.slice(body.events[0]!.span.start, body.events[0]!.span.end)).toBe(undated.text);
  });

  it('POST /api/ingest proposes events; they enter the chronicle only when accepted', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const before = t.store.countEvents();
    const [id] = await ingest(t, article);
    expect(t.store.countEvents()).toBe(before);
    const list = (await (await t.app.request('/api/proposals')).json()) as { total: number; proposals: Proposal[] };
    expect(list.proposals.map((p) => p.id)).toEqual([id]);
    const one = (await (await t.app.request(`/api/proposals/${id}`)).json()) as {
      article: { text: string; span: { start: number; end: number } };
    };
    expect(one.article.text.slice(one.article.span.start, one.article.span.end)).toBe('Kyrgyzstan asked the CSTO for help on the border.');

    const res = await t.app.request(
      post(`/api/proposals/${id}/accept`, {
        reviewer: 'analyst-1',
        edits: { summary: 'Kyrgyzstan asked the alliance for help at the border.' },
      }),
    );
    expect(res.status).toBe(201);
    const r = (await res.json()) as { event: { id: string; origin: unknown; summary: string }; merged: boolean };
    expect(r.merged).toBe(false);
    expect(r.event.origin).toEqual({ kind: 'reviewed', reviewer: 'analyst-1', at: NOW().toISOString() });
    expect(t.store.countEvents()).toBe(before + 1);
    const listed = (await (await t.app.request('/api/events?actor=KGZ&from=2024-03-01&to=2024-03-31')).json()) as {
      events: { id: string; origin: unknown }[];
    };
    expect(listed.events.find((e) => e.id === r.event.id)?.origin).toMatchObject({ kind: 'reviewed' });
    const again = await t.app.request(post(`/api/proposals/${id}/accept`, { reviewer: 'analyst-1' }));
    expect(again.status).toBe(409);
  });

  it('an undated proposal cannot be accepted until the reviewer sets a date', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const [id] = await ingest(t, undated);
    const refused = await t.app.request(post(`/api/proposals/${id}/accept`, { reviewer: 'analyst-1' }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toMatch(/^date: the text gives no date/);
    const ok = await t.app.request(post(`/api/proposals/${id}/accept`, { reviewer: 'analyst-1', edits: { date: '2023-11' } }));
    expect(((await ok.json()) as { event: { date: string } }).event.date).toBe('2023-11');
  });

  it('reject leaves the chronicle alone; retract takes the event out with a reason; the audit log has both', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const [a] = await ingest(t, article);
    const [b] = await ingest(t, { ...undated, text: 'Kyrgyzstan asked the CSTO for help in 2019.', date: '2024-03-07' });
    const before = t.store.countEvents();
    expect((await t.app.request(post(`/api/proposals/${b}/reject`, { reviewer: 'analyst-2', reason: 'an old request' }))).status).toBe(201);
    expect((await t.app.request(post(`/api/proposals/${a}/accept`, { reviewer: 'analyst-1' }))).status).toBe(201);
    expect(t.store.countEvents()).toBe(before + 1);
    const retract = await t.app.request(post(`/api/proposals/${a}/retract`, { reviewer: 'lead', reason: 'misread the article' }));
    expect(retract.status).toBe(201);
    expect(t.store.countEvents()).toBe(before);
    const audit = (await (await t.app.request('/api/audit')).json()) as {
      entries: { action: string; who: string; reason: string | null }[];
    };
    expect(audit.entries.map((e) => [e.action, e.who, e.reason])).toEqual([
      ['retracted', 'lead', 'misread the article'],
      ['accepted', 'analyst-1', null],
      ['rejected', 'analyst-2', 'an old request'],
    ]);
  });

  it('POST /api/ingest with accept: true puts dated events straight in, origin auto', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const before = t.store.countEvents();
    const res = await t.app.request(post('/api/ingest', { ...article, accept: true }));
    expect(((await res.json()) as { accepted: string[] }).accepted).toHaveLength(1);
    expect(t.store.countEvents()).toBe(before + 1);
    // No person decided: the origin says auto and when, with no reviewer.
    expect(t.store.events({ actor: 'KGZ', from: '2024-03-01', to: '2024-03-31' })[0]!.origin).toEqual({
      kind: 'auto',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });
});
