import { Hono } from 'hono';
import type { ImportEvent } from '../../domain/index.js';
import { requireToken } from '../auth.js';
import { limitBody, LIMITS, readJson } from '../body.js';
import { ReviewBody } from '../schemas.js';
import type { ApiState } from '../state.js';

/** POST /api/review (token): accept or reject an extracted event; GET /api/reviews lists decisions. */
export function reviewRoutes(state: ApiState, token: string): Hono {
  const app = new Hono();

  app.post('/review', requireToken(token), limitBody(LIMITS.json), async (c) => {
    const body = await readJson(c, ReviewBody);
    state.checkActors('body', { 'event.actor': body.event.actor, 'event.target': body.event.target });
    const result = state.store.recordReview({
      decision: body.decision,
      reviewer: body.reviewer,
      event: body.event as ImportEvent,
      at: state.now().toISOString(),
    });
    state.wrote();
    return c.json({ ...result, reviewer: body.reviewer }, 201);
  });

  app.get('/reviews', (c) => c.json({ reviews: state.store.reviews(200) }));
  return app;
}
