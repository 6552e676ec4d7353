import { Hono } from 'hono';
import { ApiError } from '../errors.js';
import { readQuery } from '../body.js';
import { sendJson } from '../respond.js';
import { EventsQuery } from '../schemas.js';
import type { ApiState } from '../state.js';

/** The chronicle: filtered, paginated, newest or oldest first. */
export function eventRoutes(state: ApiState): Hono {
  const app = new Hono();

  app.get('/events', (c) => {
    return sendJson(
      c,
      state.json(c.req.url, () => {
        const q = readQuery(c, EventsQuery);
        const filter = { asOf: q.asOf, from: q.from, to: q.to, actor: q.actor, type: q.type };
        const total = state.store.countEvents(filter);
        // The store pages oldest first; newest first is the same page counted from the end.
        const offset = q.order === 'asc' ? q.offset : Math.max(0, total - q.offset - q.limit);
        const limit = q.order === 'asc' ? q.limit : Math.max(0, Math.min(q.limit, total - q.offset));
        const events = limit > 0 ? state.store.events({ ...filter, limit, offset }) : [];
        return { total, limit: q.limit, offset: q.offset, order: q.order, events: q.order === 'asc' ? events : events.reverse() };
      }),
    );
  });

  app.get('/events/:id', (c) => {
    const id = c.req.param('id');
    const event = state.store.event(id);
    if (!event) throw new ApiError(404, `no event ${JSON.stringify(id)}`);
    return c.json(event);
  });
  return app;
}
