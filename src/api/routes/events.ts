import { codedEvents, type Workspace } from '../../compose/index.js';
import { ApiError } from '../errors.js';
import { pathAndQuery } from '../respond.js';
import { CodedChronicleEvent, EventPage } from '../responses.js';
import { route } from '../route.js';
import { EventsQuery } from '../schemas.js';

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
export const eventRoutes = [
  route({
    operationId: 'listEvents',
    method: 'get',
    path: '/events',
    summary: 'The chronicle, filtered as in the CLI and paginated',
    query: EventsQuery,
    response: EventPage,
    errors: [400],
    handle: (c, { state }, input) =>
      // Keyed by the parsed query, so `actor=kgz` and `actor=KGZ&offset=0` share one answer.
      state.answer(pathAndQuery(c), () => {
        const q = input.query();
        state.checkActors('query', { actor: q.actor });
        return { key: `events:${JSON.stringify(q)}`, compute: () => page(state.workspace, q) };
      }),
  }),
  route({
    operationId: 'getEvent',
    method: 'get',
    path: '/events/{id}',
    summary: 'One event',
    response: CodedChronicleEvent,
    errors: [404],
    handle: (_c, { state }, input) => {
      const id = input.param('id');
      const event = state.store.event(id);
      if (!event) throw new ApiError(404, `no event ${JSON.stringify(id)}`);
      return codedEvents(state.workspace, [event])[0]!;
    },
  }),
];
