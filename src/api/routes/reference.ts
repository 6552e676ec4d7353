import { Hono } from 'hono';
import { actorName, leadersOn, numericCode, statusOn, type Leader, type Member } from '../../domain/index.js';
import { invocationsOf } from '../../model/index.js';
import { ApiError } from '../errors.js';
import { freshness } from '../../compose/index.js';
import { readQuery } from '../body.js';
import { pathAndQuery, sendJson } from '../respond.js';
import { AsOfQuery, LeadersQuery } from '../schemas.js';
import type { ApiState } from '../state.js';

function memberRow(m: Member, day: string) {
  // iso_numeric is the id world-atlas gives each country, so the map needs no code table of its own.
  return { code: m.code, name: m.name, cow: m.cow, iso_numeric: numericCode(m.code) ?? null, ...statusOn(m, day), intervals: m.intervals };
}

const inOffice = (l: Leader, day: string): boolean => l.from <= day && (l.to === null || day <= l.to);

/** Members, leaders, summits, the treaty and the server's own facts: all read straight from the store. */
export function referenceRoutes(state: ApiState): Hono {
  const app = new Hono();

  app.get('/meta', (c) => {
    const a = state.alliance;
    return c.json({
      today: state.today(),
      pack: state.store.manifest() ?? null,
      alliance: {
        code: a.code,
        name: a.name,
        hegemon: a.hegemon,
        founded: a.founded,
        organisations: a.organisations,
        forums: a.forums,
        // The articles a request can invoke, and what each asks for (the crisis desk's choices).
        articles: Object.entries(invocationsOf(state.store.treaty())).map(([article, asks]) => ({ article, asks })),
      },
      events: state.store.countEvents(),
      freshness: freshness(state.workspace),
      watching: state.watcher !== undefined,
    });
  });

  app.get('/members', (c) => {
    return sendJson(
      c,
      state.answer(pathAndQuery(c), () => {
        const q = readQuery(c, AsOfQuery);
        return {
          key: `members:${JSON.stringify(q)}`,
          compute: () => {
            const day = q.asOf ?? state.today();
            return { as_of: day, members: state.store.members().map((m) => memberRow(m, day)) };
          },
        };
      }),
    );
  });

  app.get('/members/:code', (c) => {
    const q = readQuery(c, AsOfQuery);
    const code = c.req.param('code').toUpperCase();
    const day = q.asOf ?? state.today();
    const member = state.store.members().find((m) => m.code === code);
    if (!member)
      throw new ApiError(
        404,
        `no member ${JSON.stringify(code)}: known members are ${state.store
          .members()
          .map((m) => m.code)
          .join(', ')}`,
      );
    const leaders = state.store.leaders().filter((l) => l.country === code);
    const on = leadersOn(leaders, state.store.councilSeats(), code, day);
    return c.json({
      as_of: day,
      member: memberRow(member, day),
      leaders_on: {
        head_of_state: on.head_of_state ?? null,
        head_of_government: on.head_of_government ?? null,
        council_role: on.council_role,
      },
      leaders: [...leaders].sort((a, b) => (a.from < b.from ? 1 : -1)),
      events: state.store.countEvents({ actor: code }),
    });
  });

  app.get('/leaders', (c) => {
    const q = readQuery(c, LeadersQuery);
    state.checkActors('query', { country: q.country });
    const leaders = state.store
      .leaders()
      .filter(
        (l) =>
          (q.country === undefined || l.country === q.country) &&
          (q.role === undefined || l.role === q.role) &&
          (q.date === undefined || inOffice(l, q.date)),
      );
    return c.json({ leaders: leaders.map((l) => ({ ...l, country_name: actorName(l.country) })) });
  });

  app.get('/summits', (c) => c.json({ summits: state.store.summits() }));
  app.get('/treaty', (c) => c.json(state.store.treaty()));
  return app;
}
