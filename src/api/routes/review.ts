import { Hono } from 'hono';
import type { ApiState } from '../state.js';

/** GET /api/reviews: the recorded accept decisions (the proposals routes take decisions). */
export function reviewRoutes(state: ApiState): Hono {
  const app = new Hono();
  app.get('/reviews', (c) => c.json({ reviews: state.store.reviews(200) }));
  return app;
}
