import { Hono } from 'hono';
import { codedEvents, type Workspace } from '../../compose/index.js';
import { ApiError } from '../errors.js';
import { readQuery } from '../body.js';
import { pathAndQuery, sendJson } from '../respond.js';
import { EventsQuery } from '../schemas.js';
import type { ApiState } from '../state.js';

function page(ws: Workspace, q: EventsQuery) {
  const store = ws.store;
  const filter = { asOf: q.asOf, from: q.from, to: q.to, actor: q.actor, type: q.type, q: q.q };
  const total = store.countEvents(filter);
  // The store pages oldest first; newest first is the same page counted from the end.
  const offset = q.order === 'asc' ? q.offset : Math.max(0, total - q.offset - q.limit);
  const limit = q.order === 'asc' ? q.limit : Math.max(0, Math.min(q.limit, total - q.offset));
  const events = limit > 0 ? store.events({ ...filter, limit, offset }) : [];
  return {
    total,
    limit: q.limit,
    offset: q.offset,
    order: q.order,
    events: codedEvents(ws, q.order === 'asc' ? events : events.reverse()),
  };
}

/** The chronicle: filtered, paginated, newest or oldest first. */
export function eventRoutes(state: ApiState): Hono {
  const app = new Hono();

  app.get('/events', (c) => {
    return sendJson(
      c,
      // Keyed by the parsed query, so `actor=kgz` and `actor=KGZ&offset=0` share one answer.
      state.answer(pathAndQuery(c), () => {
        const q = readQuery(c, EventsQuery);
        state.checkActors('query', { actor: q.actor });
        return { key: `events:${JSON.stringify(q)}`, compute: () => page(state.workspace, q) };
      }),
    );
  });

  app.get('/events/:id', (c) => {
    const id = c.req.param('id');
    const event = state.store.event(id);
    if (!event) throw new ApiError(404, `no event ${JSON.stringify(id)}`);
    return c.json(codedEvents(state.workspace, [event])[0]);
  });
  return app;
}
