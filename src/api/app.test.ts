import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { testApp } from './test-helpers/app.js';

let store: Store | undefined;
afterEach(() => store?.close());

const get = async (app: ReturnType<typeof testApp>['app'], path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { [k: string]: any } };
};

describe('the read API', () => {
  it('GET /api/members lists every party with its status on the day, open to all', async () => {
    const t = testApp();
    store = t.store;
    const { status, body } = await get(t.app, '/api/members?asOf=2022-10-21');
    expect(status).toBe(200);
    expect(body.as_of).toBe('2022-10-21');
    const kaz = body.members.find((m: { code: string }) => m.code === 'KAZ');
    expect(kaz.status).toBe('member');
    expect(body.members.find((m: { code: string }) => m.code === 'UZB').status).not.toBe('member');
  });

  it('GET /api/members/{code} gives the member, its leaders that day and all its leaders', async () => {
    const t = testApp();
    store = t.store;
    const { status, body } = await get(t.app, '/api/members/kaz?asOf=2019-03-20');
    expect(status).toBe(200);
    expect(body.member.code).toBe('KAZ');
    expect(body.leaders_on.head_of_state.name).toMatch(/Tokayev/);
    expect(body.leaders.length).toBeGreaterThan(1);
    expect((await get(t.app, '/api/members/FRA')).status).toBe(404);
  });

  it('GET /api/events filters like the CLI and pages with a total', async () => {
    const t = testApp();
    store = t.store;
    const all = await get(t.app, '/api/events?type=assistance.requested&limit=2');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(t.store.countEvents({ type: 'assistance.requested' }));
    expect(all.body.events).toHaveLength(2);
    const next = await get(t.app, '/api/events?type=assistance.requested&limit=2&offset=2');
    expect(next.body.events[0].id).not.toBe(all.body.events[0].id);
    const kgz = await get(t.app, '/api/events?actor=kgz&from=2022-01-01&to=2022-12-31');
    expect(kgz.body.events.every((e: { actor: string; target: string }) => e.actor === 'KGZ' || e.target === 'KGZ')).toBe(true);
  });

  it('GET /api/events?order=desc gives the newest first, and asOf hides what was not yet known', async () => {
    const t = testApp();
    store = t.store;
    const desc = await get(t.app, '/api/events?order=desc&limit=3');
    const asc = await get(t.app, `/api/events?limit=3&offset=${(desc.body.total as number) - 3}`);
    expect(desc.body.events.map((e: { id: string }) => e.id)).toEqual(asc.body.events.map((e: { id: string }) => e.id).reverse());
    const early = await get(t.app, '/api/events?asOf=1995-01-01&limit=1000');
    expect(early.body.events.every((e: { date: string }) => e.date <= '1995-01-01')).toBe(true);
  });

  it('GET /api/leaders filters by country and day', async () => {
    const t = testApp();
    store = t.store;
    const { body } = await get(t.app, '/api/leaders?country=ARM&date=2022-01-01&role=head_of_government');
    expect(body.leaders.map((l: { name: string }) => l.name)).toEqual([expect.stringMatching(/Pashinyan/)]);
  });

  it("GET /api/meta names the alliance from its pack and the server's today", async () => {
    const t = testApp();
    store = t.store;
    const { body } = await get(t.app, '/api/meta');
    expect(body.alliance).toMatchObject({ code: 'CSTO', hegemon: 'RUS', founded: '1992-05-15' });
    expect(body.alliance.forums).toEqual(['CSTO', 'CIS', 'EAEU']);
    expect(body.today).toBe('2025-06-01');
  });

  it('serves an OpenAPI 3 document naming every endpoint', async () => {
    const t = testApp();
    store = t.store;
    const { status, body } = await get(t.app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/members',
      '/api/events',
      '/api/indicators',
      '/api/timeline',
      '/api/assess',
      '/api/simulate',
      '/api/extract',
      '/api/ingest',
      '/api/proposals',
      '/api/proposals/{id}/accept',
      '/api/proposals/{id}/retract',
      '/api/audit',
      '/api/feeds',
    ]) {
      expect(body.paths).toHaveProperty([p]);
    }
    expect(body.paths['/api/proposals/{id}/accept'].post.security).toEqual([{ bearer: [] }]);
    expect(body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['asOf', 'actor', 'type', 'limit', 'offset']),
    );
  });
});
