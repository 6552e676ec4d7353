import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coder } from '../coder/index.js';
import { loadPack } from '../data/index.js';
import { DEFAULT_PACK_DIR } from '../data/index.js';
import { HostLimiter } from '../feeds/index.js';
import { openStore, type Store } from '../store/index.js';
import { startFeedServer, type FeedServer } from '../../test/feeds/feed-server.js';
import type { WatchDeps } from './types.js';
import { Watcher } from './watcher.js';

const pack = loadPack();
const coder = new Coder({ alliance: pack.alliance, members: pack.members, leaders: pack.leaders });
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({ hugeBytes: 4 * 1024 * 1024 });
});
afterAll(() => server.close());

const FEEDS = [
  '/good.rss',
  '/atom.xml',
  '/feed.json',
  '/old-feed',
  '/gzip.rss',
  '/cp1251.rss',
  '/malformed.xml',
  '/broken.rss',
  '/missing.rss',
  '/slow.rss',
  '/huge.rss',
];

function deps(store: Store, now: Date): WatchDeps {
  return {
    store,
    code: (a) => coder.code(a),
    now: () => now,
    intervalMs: 30 * 60_000,
    concurrency: 4,
    fetch: { limiter: new HostLimiter(0), maxBytes: 1024 * 1024, timeoutMs: 5000, userAgent: 'bloc-test' },
  };
}

describe('the watcher on the local feed server', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'bloc-watch-')), 'bloc.db');
  const first = new Date('2031-07-05T06:00:00Z');

  it('proposes the events of every readable feed and reports each broken one', async () => {
    const store = openStore({ path, pack: DEFAULT_PACK_DIR });
    const before = store.countEvents();
    const w = new Watcher(
      deps(store, first),
      FEEDS.map((f) => server.url(f)),
    );
    const s = await w.cycle();
    expect(s).toMatchObject({ feeds: 11, ok: 6, errors: 5, skipped: 0 });
    const errors = Object.fromEntries(
      w
        .status()
        .reports.filter((r) => r.state === 'error')
        .map((r) => [new URL(r.url).pathname, r.message]),
    );
    expect(errors).toEqual({
      '/malformed.xml': expect.stringMatching(/malformed\.xml: not a feed/),
      '/broken.rss': expect.stringMatching(/broken\.rss: HTTP 500/),
      '/missing.rss': expect.stringMatching(/missing\.rss: HTTP 404/),
      '/slow.rss': expect.stringMatching(/slow\.rss: no answer within 5 s/),
      '/huge.rss': expect.stringMatching(/huge\.rss: too large/),
    });
    const pending = store.proposals.list().proposals.map((p) => [p.type, p.actor, p.date, new URL(p.url!).pathname, p.also.length]);
    expect(pending.sort()).toEqual(
      [
        ['alignment.supported', 'BLR', '2031-07-01', '/news/blr-vote', 0],
        ['assistance.requested', 'ARM', '2031-06', '/news/arm-request', 0],
        ['exercise.cancelled', 'KGZ', '2031-03', '/news/kgz-exercise', 0],
        ['exercise.held', 'KAZ', '2031-06-28', '/news/kaz-exercise', 0],
        // Two outlets, one event: the Atom page (read with Readability) and the windows-1251 feed.
        ['exercise.held', 'TJK', '2031-05', '/pages/drills.html', 1],
      ].sort(),
    );
    expect(store.countEvents()).toBe(before);
    const ru = store.feeds.get(server.url('/cp1251.rss'));
    expect(ru?.title).toBe('Новости региона');
    const drills = store.proposals.list().proposals.find((p) => p.actor === 'TJK')!;
    const text = store.proposals.articleText(drills.article_id)!;
    expect(text).toContain('Tajikistan hosted CSTO drills in May 2031');
    expect(text).not.toMatch(/Most read|First!|tracking/);
    expect(drills.reported).toBe('2031-05-04');
    store.close();
  });

  it('adds nothing on a second pass, asking with the validators it kept across a restart', async () => {
    const store = openStore({ path, pack: DEFAULT_PACK_DIR });
    const proposals = store.proposals.list({ status: 'all' }).total;
    server.requests.length = 0;
    const w = new Watcher(
      deps(store, new Date(first.getTime() + 3600_000)),
      FEEDS.map((f) => server.url(f)),
    );
    const s = await w.cycle();
    expect(s).toMatchObject({ not_modified: 2, proposals: 0, fresh: 0 });
    expect(store.proposals.list({ status: 'all' }).total).toBe(proposals);
    const good = server.requests.find((r) => r.path === '/good.rss')!;
    expect(good.headers['if-none-match']).toBe('"good-v1"');
    expect(store.feeds.get(server.url('/broken.rss'))).toMatchObject({ state: 'error', failures: 2 });
    store.close();
  });

  it('backs off a failing feed: a long run skips it until its time comes', async () => {
    const store = openStore({ path, pack: DEFAULT_PACK_DIR });
    const broken = store.feeds.get(server.url('/broken.rss'))!;
    // Two failures: the next try waits twice the interval after the last one.
    expect(Date.parse(broken.next_poll_at!) - Date.parse(broken.last_polled_at!)).toBe(2 * 30 * 60_000);
    const w = new Watcher(deps(store, new Date(first.getTime() + 3600_000 + 60_000)), [server.url('/broken.rss')]);
    const s = await w.cycle({ strict: true });
    expect(s).toMatchObject({ skipped: 1, errors: 0 });
    store.close();
  });
});
