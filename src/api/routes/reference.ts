import { actorName, leadersOn, numericCode, statusOn, type Leader, type Member } from '../../domain/index.js';
import { invocationsOf } from '../../model/index.js';
import { ApiError } from '../errors.js';
import { freshness } from '../../compose/index.js';
import { pathAndQuery } from '../respond.js';
import { LeaderList, MemberDetail, MemberList, Meta, SummitList, Treaty } from '../responses.js';
import { route } from '../route.js';
import { AsOfQuery, LeadersQuery } from '../schemas.js';

function memberRow(m: Member, day: string) {
  // iso_numeric is the id world-atlas gives each country, so the map needs no code table of its own.
  return { code: m.code, name: m.name, cow: m.cow, iso_numeric: numericCode(m.code) ?? null, ...statusOn(m, day), intervals: m.intervals };
}

const inOffice = (l: Leader, day: string): boolean => l.from <= day && (l.to === null || day <= l.to);

/** Members, leaders, summits, the treaty and the server's own facts: all read straight from the store. */
export const referenceRoutes = [
  route({
    operationId: 'getMeta',
    method: 'get',
    path: '/meta',
    summary:
      'Server facts: today, the data pack, the alliance it models, the event count, and freshness (latest event, curation day, last feed poll, pending proposals)',
    response: Meta,
    errors: [],
    handle: (_c, { state }) => {
      const a = state.alliance;
      return {
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
      };
    },
  }),
  route({
    operationId: 'listMembers',
    method: 'get',
    path: '/members',
    summary: 'Every state that was ever a party, with its status on a day',
    query: AsOfQuery,
    response: MemberList,
    errors: [400],
    handle: (c, { state }, input) =>
      state.answer(pathAndQuery(c), () => {
        const q = input.query();
        return {
          key: `members:${JSON.stringify(q)}`,
          compute: () => {
            const day = q.asOf ?? state.today();
            return { as_of: day, members: state.store.members().map((m) => memberRow(m, day)) };
          },
        };
      }),
  }),
  route({
    operationId: 'getMember',
    method: 'get',
    path: '/members/{code}',
    summary: 'One member: status, leaders in office, all its leaders',
    query: AsOfQuery,
    response: MemberDetail,
    errors: [400, 404],
    handle: (c, { state }, input) => {
      const q = input.query();
      const code = input.param('code').toUpperCase();
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
      return {
        as_of: day,
        member: memberRow(member, day),
        leaders_on: {
          head_of_state: on.head_of_state ?? null,
          head_of_government: on.head_of_government ?? null,
          council_role: on.council_role,
        },
        leaders: [...leaders].sort((a, b) => (a.from < b.from ? 1 : -1)),
        events: state.store.countEvents({ actor: code }),
      };
    },
  }),
  route({
    operationId: 'listLeaders',
    method: 'get',
    path: '/leaders',
    summary: 'Leaders, by country, role and day in office',
    query: LeadersQuery,
    response: LeaderList,
    errors: [400],
    handle: (_c, { state }, input) => {
      const q = input.query();
      state.checkActors('query', { country: q.country });
      const leaders = state.store
        .leaders()
        .filter(
          (l) =>
            (q.country === undefined || l.country === q.country) &&
            (q.role === undefined || l.role === q.role) &&
            (q.date === undefined || inOffice(l, q.date)),
        );
      return { leaders: leaders.map((l) => ({ ...l, country_name: actorName(l.country) })) };
    },
  }),
  route({
    operationId: 'listSummits',
    method: 'get',
    path: '/summits',
    summary: 'Summits and who stayed away',
    response: SummitList,
    errors: [],
    handle: (_c, { state }) => ({ summits: state.store.summits() }),
  }),
  route({
    operationId: 'getTreaty',
    method: 'get',
    path: '/treaty',
    summary: 'Treaty instruments and provisions',
    response: Treaty,
    errors: [],
    handle: (_c, { state }) => state.store.treaty(),
  }),
];
