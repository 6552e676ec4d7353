import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { fakeExtract, NOW, post, testApp } from './test-helpers/app.js';

let store: Store | undefined;
afterEach(() => store?.close());

const article = {
  date: '2024-03-05',
  url: 'https://example.org/news/1',
  text: 'Intro line.\nKyrgyzstan asked the CSTO for help on the border.\nClosing <script>alert(1)</script> line.',
};

describe('extract and review', () => {
  it('POST /api/extract returns coded events with a draft record and the evidence span', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const res = await t.app.request(post('/api/extract', article));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      article: { id: string };
      events: { draft: Record<string, unknown>; span: { start: number; end: number } }[];
    };
    expect(body.events).toHaveLength(1);
    const e = body.events[0]!;
    expect(article.text.slice(e.span.start, e.span.end)).toBe('Kyrgyzstan asked the CSTO for help on the border.');
    expect(e.draft).toMatchObject({
      type: 'assistance.requested',
      actor: 'KGZ',
      target: 'CSTO',
      date: '2024-03-05',
      source: 'https://example.org/news/1',
      article_id: body.article.id,
    });
  });

  it('accepting an extracted event puts it in the chronicle and records who and when', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const extracted = (await (await t.app.request(post('/api/extract', { ...article, url: undefined }))).json()) as {
      events: { draft: Record<string, unknown> }[];
    };
    const draft = extracted.events[0]!.draft;
    expect(draft['source']).toMatch(/^article:art-/);
    const before = t.store.countEvents();
    const res = await t.app.request(
      post('/api/review', {
        decision: 'accepted',
        reviewer: 'analyst-1',
        event: { ...draft, summary: 'Kyrgyzstan asked the alliance for help at the border.' },
      }),
    );
    expect(res.status).toBe(201);
    const result = (await res.json()) as { event_id: string; at: string; reviewer: string; merged: boolean };
    expect(result).toMatchObject({ reviewer: 'analyst-1', at: NOW().toISOString(), merged: false });
    expect(t.store.countEvents()).toBe(before + 1);
    const listed = (await (await t.app.request('/api/events?actor=KGZ&from=2024-03-01&to=2024-03-31')).json()) as {
      events: { id: string; summary: string }[];
    };
    expect(listed.events.map((e) => e.id)).toContain(result.event_id);
    expect(t.store.reviews()[0]).toMatchObject({ event_id: result.event_id, decision: 'accepted', reviewer: 'analyst-1' });
  });

  it('rejecting records the decision and leaves the chronicle alone', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const extracted = (await (await t.app.request(post('/api/extract', article))).json()) as {
      events: { draft: Record<string, unknown> }[];
    };
    const before = t.store.countEvents();
    const res = await t.app.request(
      post('/api/review', { decision: 'rejected', reviewer: 'analyst-2', event: extracted.events[0]!.draft }),
    );
    expect(res.status).toBe(201);
    expect(t.store.countEvents()).toBe(before);
    expect(t.store.countReviews()).toBe(1);
  });

  it('POST /api/ingest codes and stores the article events', async () => {
    const t = testApp({ extract: fakeExtract });
    store = t.store;
    const before = t.store.countEvents();
    const res = await t.app.request(post('/api/ingest', article));
    expect(res.status).toBe(201);
    expect(((await res.json()) as { inserted: string[] }).inserted).toHaveLength(1);
    expect(t.store.countEvents()).toBe(before + 1);
  });
});
