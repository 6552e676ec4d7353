import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ErrorBody } from './responses.js';
import type { Route } from './route.js';
import { ROUTES } from './routes/index.js';
import { fakeExtract, post, testApp } from './test-helpers/app.js';

const t = testApp({ extract: fakeExtract });
afterAll(() => t.store.close());

const ARTICLE = { date: '2022-10-19', id: 'art-contract', text: 'Kyrgyzstan asked the CSTO for help on the border.' };
const firstEvent = async (): Promise<string> =>
  ((await (await t.app.request('/api/events?limit=1')).json()) as { events: { id: string }[] }).events[0]!.id;
const draft = async () => {
  const body = (await (await t.app.request(post('/api/extract', ARTICLE))).json()) as { events: { draft: unknown }[] };
  return body.events[0]!.draft;
};

type Call = () => Request | string | Promise<Request | string>;

/**
 * Requests for every operation: each success and each failure the route declares. A route without
 * its calls here fails the first test, so a new route cannot skip the contract.
 */
const CALLS: Readonly<Record<string, readonly Call[]>> = {
  getMeta: [() => '/api/meta', () => post('/api/meta', {})],
  listMembers: [() => '/api/members?asOf=2022-10-21', () => '/api/members', () => '/api/members?asOf=2022-02-30'],
  getMember: [
    () => '/api/members/KAZ?asOf=2022-01-05',
    () => '/api/members/kgz',
    () => '/api/members/FRA',
    () => '/api/members/KAZ?asOf=x',
  ],
  listLeaders: [() => '/api/leaders?country=ARM&date=2022-01-01', () => '/api/leaders', () => '/api/leaders?country=1'],
  listSummits: [() => '/api/summits'],
  getTreaty: [() => '/api/treaty'],
  listEvents: [() => '/api/events?limit=1000', () => '/api/events?actor=kgz&order=desc&limit=50', () => '/api/events?limit=0'],
  getEvent: [async () => `/api/events/${await firstEvent()}`, () => '/api/events/no-such-event'],
  getIndicators: [
    () => '/api/indicators?asOf=2022-10-21',
    () => '/api/indicators?asOf=2022-10-21&member=ARM',
    () => '/api/indicators?member=1',
  ],
  getTimeline: [
    () => '/api/timeline?from=2010-01&to=2012-12',
    () => '/api/timeline?member=KGZ&from=2020-01&to=2022-12',
    () => '/api/timeline?from=2010-13',
  ],
  assess: [
    () => post('/api/assess', { requester: 'KAZ', date: '2022-01-04', threat: 'internal_unrest', article: '4' }, { token: null }),
    () =>
      post(
        '/api/assess',
        { requester: 'ARM', date: '2022-09-12', threat: 'external_attack', adversary: 'AZE', asked: 'RUS' },
        { token: null },
      ),
    () => post('/api/assess', { requester: 'KAZ', date: '2022-01-04' }, { token: null }),
    () => post('/api/assess', {}, { token: null, type: 'text/plain' }),
    () => post('/api/assess', {}, { token: null, raw: `{"pad":"${'x'.repeat(70_000)}"}` }),
  ],
  simulate: [
    () => post('/api/simulate', { as_of: '2022-10-21', horizon: 3, runs: 20, seed: 1 }, { token: null }),
    () => post('/api/simulate', { runs: 0 }, { token: null }),
  ],
  extract: [
    () => post('/api/extract', ARTICLE),
    () => post('/api/extract', ARTICLE, { token: null }),
    () => post('/api/extract', { date: 'x' }),
  ],
  ingest: [() => post('/api/ingest', { ...ARTICLE, id: 'art-ingested' }), () => post('/api/ingest', { text: '' })],
  review: [
    async () => post('/api/review', { decision: 'accepted', reviewer: 'contract test', event: await draft() }),
    () => post('/api/review', { decision: 'maybe', reviewer: 'x', event: {} }),
  ],
  listReviews: [() => '/api/reviews'],
  getOpenApi: [() => '/api/openapi.json'],
};

const asRequest = (r: Request | string): Request => (typeof r === 'string' ? new Request(`http://localhost${r}`) : r);

// The schema's reading of a body must be the body itself: a field it does not declare is dropped
// by the parse, and the comparison fails, as it does for a missing or mistyped field.
function expectFits(schema: z.ZodType, body: unknown, where: string): void {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues.slice(0, 3) ?? [], where).toEqual([]);
  expect(parsed.data, where).toEqual(body);
}

describe('every route answers as its schemas say', () => {
  it('has calls for every operation, and every operation has a unique operationId', () => {
    const ids = ROUTES.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(CALLS).sort()).toEqual([...ids].sort());
  });

  it('mounts exactly the routes the OpenAPI document describes', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const mounted = t.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(mounted)].sort()).toEqual(documented.sort());
    for (const ops of Object.values(doc.paths)) for (const op of Object.values(ops)) expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
  });

  describe.each(ROUTES.map((r) => [`${r.method.toUpperCase()} /api${r.path}`, r] as [string, Route]))('%s', (_name, route) => {
    it('answers each call with a declared status and a body that fits its schema', { timeout: 60_000 }, async () => {
      const seen = new Set<number>();
      for (const call of CALLS[route.operationId] ?? []) {
        const res = await t.app.request(asRequest(await call()));
        const body: unknown = await res.json();
        const where = `${route.operationId} → ${res.status}`;
        seen.add(res.status);
        if (res.status === (route.status ?? 200)) expectFits(route.response, body, where);
        else {
          // A route's own failures are declared; 405 and the like fall under the document's `default`.
          if (res.status !== 405) expect(route.errors, where).toContain(res.status);
          expectFits(ErrorBody, body, where);
        }
      }
      expect(seen.has(route.status ?? 200), `${route.operationId} succeeded at least once`).toBe(true);
    });
  });

  it('keeps every source of the chronicle in URI form, as `format: uri` promises a strict client', async () => {
    const page = (await (await t.app.request('/api/events?limit=1000')).json()) as { events: { source: string; sources?: string[] }[] };
    const sources = page.events.flatMap((e) => [e.source, ...(e.sources ?? [])]);
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((s) => !/^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(s))).toEqual([]);
    expect(sources.filter((s) => s.includes('%D5%'))).not.toEqual([]);
  });

  it('answers If-None-Match with 304 on a GET, and with the body on a POST', async () => {
    const first = await t.app.request('/api/members?asOf=2022-10-21');
    const etag = first.headers.get('etag')!;
    expect((await t.app.request('/api/members?asOf=2022-10-21', { headers: { 'if-none-match': etag } })).status).toBe(304);
    const ask = () =>
      post('/api/assess', { requester: 'KAZ', date: '2022-01-04', threat: 'internal_unrest', article: '4' }, { token: null });
    const answered = await t.app.request(ask());
    const again = ask();
    again.headers.set('if-none-match', answered.headers.get('etag')!);
    const second = await t.app.request(again);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(await answered.text());
  });
});
