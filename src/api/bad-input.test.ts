import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { LIMITS } from './body.js';
import { fakeExtract, fakeWebRoot, post, testApp, TOKEN } from './test-helpers/app.js';

let store: Store | undefined;
afterEach(() => store?.close());

const ACCEPT = '/api/proposals/p-000000000000/accept';
const goodAccept = { reviewer: 'analyst', edits: { date: '2024-09-02', summary: 'A test exercise.' } };

// Each bad request must get a 4xx with a JSON message, write nothing, and leave the server answering.
const cases: [string, () => Request, number][] = [
  ['malformed JSON', () => post(ACCEPT, null, { raw: '{"reviewer": "analyst",' }), 400],
  ['an oversized body', () => post(ACCEPT, null, { raw: JSON.stringify({ ...goodAccept, reviewer: 'x'.repeat(LIMITS.json + 10) }) }), 413],
  ['an oversized article', () => post('/api/extract', { date: '2024-01-01', text: 'y'.repeat(LIMITS.article + 10) }), 413],
  ['an unknown top-level field', () => post(ACCEPT, { ...goodAccept, admin: true }), 400],
  ['an unknown field inside the edits', () => post(ACCEPT, { ...goodAccept, edits: { ...goodAccept.edits, injected: 1 } }), 400],
  ['a wrong type', () => post(ACCEPT, { ...goodAccept, edits: { date: 20240902 } }), 400],
  ['an unknown event type', () => post(ACCEPT, { ...goodAccept, edits: { type: 'exercise.invented' } }), 400],
  ['a date that does not exist', () => post(ACCEPT, { ...goodAccept, edits: { date: '2024-02-30' } }), 400],
  ['an unknown actor in the edits', () => post(ACCEPT, { ...goodAccept, edits: { actor: 'XX' } }), 400],
  ['an unknown proposal', () => post(ACCEPT, goodAccept), 404],
  ['a retraction without a reason', () => post('/api/proposals/p-000000000000/retract', { reviewer: 'analyst' }), 400],
  ['a wrong content type', () => post(ACCEPT, goodAccept, { type: 'text/plain' }), 415],
  ['a missing token', () => post(ACCEPT, goodAccept, { token: null }), 401],
  ['a wrong token', () => post(ACCEPT, goodAccept, { token: `${TOKEN}x` }), 401],
  ['a missing token on extract', () => post('/api/extract', { date: '2024-01-01', text: 'x' }, { token: null }), 401],
  ['a missing token on ingest', () => post('/api/ingest', { date: '2024-01-01', text: 'x' }, { token: null }), 401],
  ['an unknown query parameter', () => new Request('http://localhost/api/events?limit=5&drop=1'), 400],
  ['a query of the wrong type', () => new Request('http://localhost/api/events?limit=many'), 400],
  ['a page too large', () => new Request('http://localhost/api/events?limit=100000'), 400],
  ['an unknown actor', () => new Request('http://localhost/api/events?actor=XXX'), 400],
  ['path traversal with ..', () => new Request('http://localhost/..%2f..%2f..%2fetc%2fpasswd'), 400],
  // The URL parser resolves encoded dots itself, so this asks for /secret.txt inside the root: absent.
  ['path traversal with encoded dots', () => new Request('http://localhost/assets/%2e%2e/%2e%2e/secret.txt'), 404],
  ['path traversal with a backslash', () => new Request('http://localhost/..%5csecret.txt'), 400],
  ['a NUL byte in a path', () => new Request('http://localhost/index.html%00.js'), 400],
  ['a malformed percent-escape', () => new Request('http://localhost/%E0%A4%A'), 400],
];

describe('bad input', () => {
  for (const [what, request, status] of cases) {
    it(`${what} gets ${status} with a JSON message, writes nothing, and the server still answers`, async () => {
      const t = testApp({ extract: fakeExtract }, fakeWebRoot());
      store = t.store;
      const before = { events: t.store.countEvents(), reviews: t.store.countReviews(), audit: t.store.auditLog().length };
      const res = await t.app.request(request());
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await res.json()) as { message: string };
      expect(body.message).toEqual(expect.any(String));
      expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
      expect({ events: t.store.countEvents(), reviews: t.store.countReviews(), audit: t.store.auditLog().length }).toEqual(before);
      expect((await t.app.request('/api/members')).status).toBe(200);
    });
  }

  it('a 401 comes before the body is read', async () => {
    const t = testApp();
    store = t.store;
    let read = false;
    const body = new ReadableStream(
      {
        pull(controller) {
          read = true;
          controller.enqueue(new TextEncoder().encode('{}'));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const res = await t.app.request(
      new Request(`http://localhost${ACCEPT}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(401);
    expect(read).toBe(false);
  });

  it('an unknown endpoint is a JSON 404', async () => {
    const t = testApp();
    store = t.store;
    const res = await t.app.request('/api/nothing');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'no such endpoint: GET /api/nothing' });
  });

  it('static files are served from the root only', async () => {
    const t = testApp({}, fakeWebRoot());
    store = t.store;
    const index = await t.app.request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await t.app.request('/assets/app.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await t.app.request('/assets/missing.js')).status).toBe(404);
  });
});
