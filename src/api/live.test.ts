import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { post, testApp } from './test-helpers/app.js';

let store: Store | undefined;
afterEach(() => store?.close());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });

describe('the API over the landed modules', () => {
  it('GET /api/indicators gives every member and the alliance as of a day', async () => {
    const t = testApp();
    store = t.store;
    const { status, body } = await json(await t.app.request('/api/indicators?asOf=2022-10-21'));
    expect(status).toBe(200);
    expect(body.as_of).toBe('2022-10-21');
    expect(body.alliance.cohesion).toBeGreaterThanOrEqual(0);
    expect(body.members.map((m: { code: string }) => m.code)).toContain('ARM');
  });

  it('GET /api/timeline gives one cohesion figure per member-month, and one member with components', async () => {
    const t = testApp();
    store = t.store;
    const all = await json(await t.app.request('/api/timeline?from=2021-01&to=2021-12'));
    expect(all.body.months).toHaveLength(12);
    expect(Object.keys(all.body.months[0].members)).toContain('KAZ');
    const one = await json(await t.app.request('/api/timeline?member=ARM&from=2021-01&to=2021-03'));
    expect(one.body.months[0]).toMatchObject({ month: '2021-01', cohesion: expect.any(Number), components: expect.any(Object) });
  });

  it('an as-of day in the future is a 400 naming the field', async () => {
    const t = testApp();
    store = t.store;
    const { status, body } = await json(await t.app.request('/api/indicators?asOf=2099-01-01'));
    expect(status).toBe(400);
    expect(body.message).toMatch(/as-of/);
  });

  it('POST /api/assess answers with outcome probabilities and member stances', async () => {
    const t = testApp();
    store = t.store;
    const { status, body } = await json(
      await t.app.request(
        post('/api/assess', { requester: 'KAZ', date: '2022-01-05', threat: 'internal_unrest', article: '4' }, { token: null }),
      ),
    );
    expect(status).toBe(200);
    const total = Object.values(body.distribution as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(body.members.length).toBeGreaterThan(2);
  });

  it('POST /api/assess refuses a requester that was not a member that day', async () => {
    const t = testApp();
    store = t.store;
    const { status, body } = await json(
      await t.app.request(post('/api/assess', { requester: 'UZB', date: '2015-01-05', threat: 'terrorism' }, { token: null })),
    );
    expect(status).toBe(400);
    expect(body.message).toMatch(/requester/);
  });

  it('POST /api/simulate runs a bounded, seeded simulation and refuses too many runs', async () => {
    const t = testApp();
    store = t.store;
    const req = { as_of: '2024-01-01', horizon: 6, runs: 50, seed: 7 };
    const a = await json(await t.app.request(post('/api/simulate', req, { token: null })));
    expect(a.status).toBe(200);
    expect(a.body.alliance.index).toHaveLength(6);
    expect(a.body.members[0].status_probabilities).toHaveProperty('member');
    const tooMany = await t.app.request(post('/api/simulate', { ...req, runs: 10_000_000 }, { token: null }));
    expect(tooMany.status).toBe(400);
  });

  it('POST /api/extract codes a pasted article with the real coder', async () => {
    const t = testApp();
    store = t.store;
    const text =
      'Kyrgyzstan on Monday formally asked the Collective Security Treaty Organization for military assistance after clashes on its border with Tajikistan.';
    const { status, body } = await json(await t.app.request(post('/api/extract', { date: '2022-09-19', text })));
    expect(status).toBe(200);
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.events[0].draft.summary).toEqual(expect.any(String));
  });
});
