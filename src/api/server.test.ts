import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../compose/index.js';
import type { Store } from '../store/index.js';
import { resolveToken } from './auth.js';
import { startServer, type RunningServer } from './server.js';

let store: Store | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  store?.close();
});

describe('startServer', () => {
  it('listens on loopback, gives its URL, serves the API and refuses writes without the token', async () => {
    const workspace = new Workspace({ db: ':memory:' });
    store = workspace.store;
    server = await startServer({ workspace, token: 't0ken', port: 0, host: '127.0.0.1' });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const members = await fetch(new URL('api/members', server.url));
    expect(members.status).toBe(200);
    const write = await fetch(new URL('api/proposals/p-1/accept', server.url), {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(write.status).toBe(401);
    expect((await fetch(new URL('api/members', server.url))).status).toBe(200);
  });

  it('takes the token from BLOC_TOKEN, or generates a long random one', () => {
    expect(resolveToken({ BLOC_TOKEN: ' a-long-enough-secret ' })).toEqual({ token: 'a-long-enough-secret', generated: false });
    expect(() => resolveToken({ BLOC_TOKEN: 'x' })).toThrow(
      'BLOC_TOKEN is 1 character(s): use at least 16, or unset it to get a generated one',
    );
    const a = resolveToken({});
    expect(a.generated).toBe(true);
    expect(a.token.length).toBeGreaterThanOrEqual(32);
    expect(resolveToken({}).token).not.toBe(a.token);
  });
});
