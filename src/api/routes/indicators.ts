import { extrapolatedAfter, gapFor, indicatorEngine } from '../../compose/index.js';
import { COMPONENTS, type SeriesPoint } from '../../indicators/index.js';
import { pathAndQuery } from '../respond.js';
import { Indicators, Timeline } from '../responses.js';
import { route } from '../route.js';
import { IndicatorsQuery, TimelineQuery } from '../schemas.js';

// Rounded as the CSV panel rounds (panel.ts), so the API and the CSV give the same figures.
const round = (x: number): number => Number(x.toFixed(2));

// The full series is megabytes; the dashboard needs one number per member-month, or one member's components.
type Extrapolated = (month: string) => boolean;

function memberMonths(points: readonly SeriesPoint[], extrapolated: Extrapolated) {
  return points.map((p) => {
    const m = p.members[0];
    const components = m ? Object.fromEntries(Object.entries(m.components).map(([k, v]) => [k, round(v.value)])) : {};
    return {
      month: p.month,
      alliance: round(p.alliance.cohesion),
      // A state outside the alliance keeps its figure, as in the CSV panel; in_alliance says which months those are.
      cohesion: m ? round(m.cohesion) : null,
      in_alliance: m?.in_alliance ?? false,
      components,
      prior_only: m ? COMPONENTS.filter((k) => !m.components[k].measured) : [],
      extrapolated: extrapolated(p.month),
    };
  });
}

function allianceMonths(points: readonly SeriesPoint[], extrapolated: Extrapolated) {
  return points.map((p) => ({
    month: p.month,
    alliance: round(p.alliance.cohesion),
    members: Object.fromEntries(p.members.map((m) => [m.code, round(m.cohesion)])),
    extrapolated: extrapolated(p.month),
  }));
}

/** Cohesion figures as of a day, and the monthly series; computed once per store state. */
export const indicatorRoutes = [
  route({
    operationId: 'getIndicators',
    method: 'get',
    path: '/indicators',
    summary: 'Cohesion indicators as of a day (no hindsight)',
    query: IndicatorsQuery,
    response: Indicators,
    errors: [400],
    handle: (c, { state }, input) =>
      state.answer(pathAndQuery(c), () => {
        const q = input.query();
        // Without asOf the day is today: part of the store version, so the key need not name it.
        return {
          key: `indicators:${JSON.stringify(q)}`,
          compute: () => {
            const day = q.asOf ?? state.today();
            return { ...indicatorEngine(state.workspace).asOf(day, q.member), data_gap: gapFor(state.workspace, day) };
          },
        };
      }),
  }),
  route({
    operationId: 'getTimeline',
    method: 'get',
    path: '/timeline',
    summary: 'Monthly cohesion series: alliance and members, or one member with its components',
    query: TimelineQuery,
    response: Timeline,
    errors: [400],
    handle: (c, { state }, input) =>
      state.answer(pathAndQuery(c), () => {
        const q = input.query();
        const series = () => indicatorEngine(state.workspace).series({ from: q.from, to: q.to, member: q.member });
        return {
          key: `timeline:${JSON.stringify(q)}`,
          compute: () => {
            const extrapolated = extrapolatedAfter(state.workspace);
            const latest_event = state.store.latestEvent()?.day ?? null;
            return q.member === undefined
              ? { member: null, months: allianceMonths(series(), extrapolated), latest_event }
              : { member: q.member, months: memberMonths(series(), extrapolated), latest_event };
          },
        };
      }),
  }),
];
