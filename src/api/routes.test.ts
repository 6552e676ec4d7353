import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LIMITS } from './body.js';
import { ErrorBody } from './responses.js';
import type { Route } from './route.js';
import { ROUTES } from './routes/index.js';
import { fakeExtract, post, testApp } from './test-helpers/app.js';

const t = testApp({ extract: fakeExtract });
// A server that follows one feed (`bloc serve --watch`); nothing listens there, so its poll fails, as
// a feed can, and the watcher reports that.
const watching = testApp({ extract: fakeExtract, watch: ['http://127.0.0.1:9/feed.xml'] });
afterAll(() => {
  t.store.close();
  watching.store.close();
});

const ARTICLE = { date: '2022-10-19', id: 'art-contract', text: 'Kyrgyzstan asked the CSTO for help on the border.' };
const firstEvent = async (): Promise<string> =>
  ((await (await t.app.request('/api/events?limit=1')).json()) as { events: { id: string }[] }).events[0]!.id;

// A pending proposal of its own: its own article, five days after the last one, so no other
// proposal describes the same event (the store groups reports up to three days apart).
let articles = 0;
const proposal = async (): Promise<string> => {
  const date = new Date(Date.UTC(2023, 0, 1) + ++articles * 5 * 86_400_000).toISOString().slice(0, 10);
  const res = await t.app.request(post('/api/ingest', { date, text: `Kyrgyzstan asked the CSTO for help on the border (${articles}).` }));
  return ((await res.json()) as { proposed: string[] }).proposed[0]!;
};
const accepted = async (): Promise<string> => {
  const id = await proposal();
  await t.app.request(post(`/api/proposals/${id}/accept`, { reviewer: 'contract test' }));
  return id;
};
const UNKNOWN = '/api/proposals/p-000000000000';

type Sent = Request | string | { readonly app: typeof t.app; readonly request: Request | string };
type Call = () => Sent | Promise<Sent>;

/** The refusals of a JSON body before it is read: no token (when the route needs one), not JSON, too large. */
const refused = (path: string, body: object, needsToken = true): Call[] => [
  ...(needsToken ? [() => post(path, body, { token: null })] : []),
  () => post(path, body, { type: 'text/plain' }),
  () => post(path, null, { raw: JSON.stringify({ ...body, pad: 'x'.repeat(LIMITS.json) }) }),
];

// Failures these calls cannot provoke in one process, and the tests that do.
const ELSEWHERE: Readonly<Record<number, string>> = {
  429: 'protection.test.ts fills the simulation queue',
  503: 'protection.test.ts holds the store write lock from another connection',
};

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
  listEvents: [
    () => '/api/events?limit=1000',
    () => '/api/events?q=exercise&limit=20',
    () => '/api/events?actor=kgz&order=desc&limit=50',
    () => '/api/events?limit=0',
  ],
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
    ...refused('/api/simulate', {}, false),
  ],
  extract: [
    () => post('/api/extract', ARTICLE),
    () => post('/api/extract', { date: 'x' }),
    () => post('/api/extract', null, { raw: JSON.stringify({ ...ARTICLE, text: 'x'.repeat(LIMITS.article) }) }),
    ...refused('/api/extract', ARTICLE).slice(0, 2),
  ],
  ingest: [
    () => post('/api/ingest', { ...ARTICLE, id: 'art-ingested' }),
    () => post('/api/ingest', { date: '2022-11-02', text: 'Kyrgyzstan asked the CSTO for help again.', accept: true }),
    () => post('/api/ingest', { text: '' }),
    () => post('/api/ingest', null, { raw: JSON.stringify({ ...ARTICLE, text: 'x'.repeat(LIMITS.article) }) }),
    ...refused('/api/ingest', ARTICLE).slice(0, 2),
  ],
  listProposals: [
    async () => (await proposal(), '/api/proposals'),
    async () => (await accepted(), '/api/proposals?status=all&limit=5&offset=1'),
    () => '/api/proposals?status=maybe',
  ],
  getProposal: [async () => `/api/proposals/${await proposal()}`, async () => `/api/proposals/${await accepted()}`, () => UNKNOWN],
  previewProposal: [
    async () => post(`/api/proposals/${await proposal()}/preview`, { edits: { summary: 'An edited summary.' } }, { token: null }),
    async () => post(`/api/proposals/${await proposal()}/preview`, { edits: { actor: 'XX' } }),
    () => post(`${UNKNOWN}/preview`, {}),
    async () => post(`/api/proposals/${await accepted()}/preview`, {}),
    ...refused(`${UNKNOWN}/preview`, {}, false),
  ],
  acceptProposal: [
    async () =>
      post(`/api/proposals/${await proposal()}/accept`, { reviewer: 'contract test', edits: { summary: 'Kyrgyzstan asked for help.' } }),
    async () => post(`/api/proposals/${await proposal()}/accept`, { reviewer: 'contract test', edits: { date: '2023-02-30' } }),
    () => post(`${UNKNOWN}/accept`, { reviewer: 'contract test' }),
    async () => post(`/api/proposals/${await accepted()}/accept`, { reviewer: 'contract test' }),
    ...refused(`${UNKNOWN}/accept`, { reviewer: 'contract test' }),
  ],
  rejectProposal: [
    async () => post(`/api/proposals/${await proposal()}/reject`, { reviewer: 'contract test', reason: 'not an event' }),
    async () => post(`/api/proposals/${await proposal()}/reject`, { reason: 'no reviewer' }),
    () => post(`${UNKNOWN}/reject`, { reviewer: 'contract test' }),
    async () => post(`/api/proposals/${await accepted()}/reject`, { reviewer: 'contract test' }),
    ...refused(`${UNKNOWN}/reject`, { reviewer: 'contract test' }),
  ],
  retractProposal: [
    async () => post(`/api/proposals/${await accepted()}/retract`, { reviewer: 'contract test', reason: 'misread' }),
    async () => post(`/api/proposals/${await accepted()}/retract`, { reviewer: 'contract test' }),
    () => post(`${UNKNOWN}/retract`, { reviewer: 'contract test', reason: 'misread' }),
    async () => post(`/api/proposals/${await proposal()}/retract`, { reviewer: 'contract test', reason: 'still pending' }),
    ...refused(`${UNKNOWN}/retract`, { reviewer: 'contract test', reason: 'misread' }),
  ],
  listAudit: [
    async () => (await accepted(), '/api/audit'),
    async () => `/api/audit?limit=5&proposal=${await accepted()}`,
    () => '/api/audit?limit=0',
  ],
  listFeeds: [
    () => '/api/feeds',
    async () => {
      await watching.app.request(post('/api/feeds/poll', null, { raw: '' }));
      return { app: watching.app, request: '/api/feeds' };
    },
  ],
  pollFeeds: [
    () => ({ app: watching.app, request: post('/api/feeds/poll', null, { raw: '' }) }),
    () => post('/api/feeds/poll', null, { raw: '' }),
    () => ({ app: watching.app, request: post('/api/feeds/poll', null, { raw: '', token: null }) }),
  ],
  listReviews: [() => '/api/reviews'],
  getOpenApi: [() => '/api/openapi.json'],
};

const asRequest = (r: Request | string): Request => (typeof r === 'string' ? new Request(`http://localhost${r}`) : r);
const send = (s: Sent) => (typeof s === 'object' && 'app' in s ? s.app.request(asRequest(s.request)) : t.app.request(asRequest(s)));

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
        const res = await send(await call());
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
      // Every failure the route declares is provoked here, or by the test named in ELSEWHERE.
      expect(
        route.errors.filter((code) => !seen.has(code) && !(code in ELSEWHERE)),
        `${route.operationId}: declared, never seen`,
      ).toEqual([]);
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
