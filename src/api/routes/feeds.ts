import { Hono } from 'hono';
import { freshness } from '../../compose/index.js';
import { requireToken } from '../auth.js';
import { ApiError } from '../errors.js';
import type { ApiState } from '../state.js';

/** GET /api/feeds: each followed feed's state and, under `bloc serve --watch`, the watcher's progress. */
export function feedRoutes(state: ApiState, token: string): Hono {
  const app = new Hono();
  app.get('/feeds', (c) =>
    c.json({ feeds: state.store.feeds.all(), watcher: state.watcher?.status() ?? null, freshness: freshness(state.workspace) }),
  );

  // Polls every feed now (the dashboard's "Poll now"); the answer comes when the pass is over.
  app.post('/feeds/poll', requireToken(token), async (c) => {
    const w = state.watcher;
    if (!w) throw new ApiError(409, 'no feeds are followed by this server: start it with bloc serve --watch');
    if (w.status().cycle !== null) throw new ApiError(409, 'a poll is already under way');
    const summary = await w.cycle();
    state.wrote();
    return c.json({ summary }, 201);
  });
  return app;
}
