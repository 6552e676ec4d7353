import { extrapolatedAfter, gapFor, indicatorEngine } from '../../compose/index.js';
import type { SeriesPoint } from '../../indicators/index.js';
import { pathAndQuery } from '../respond.js';
import { Indicators, Timeline } from '../responses.js';
import { route } from '../route.js';
import { IndicatorsQuery, TimelineQuery } from '../schemas.js';

const round = (x: number): number => Math.round(x * 100) / 100;

// The full series is megabytes; the dashboard needs one number per member-month, or one member's components.
type Extrapolated = (month: string) => boolean;

function memberMonths(points: readonly SeriesPoint[], extrapolated: Extrapolated) {
  return points.map((p) => {
    const m = p.members[0];
    const components = m ? Object.fromEntries(Object.entries(m.components).map(([k, v]) => [k, round(v.value)])) : {};
    return {
      month: p.month,
      alliance: round(p.alliance.cohesion),
      cohesion: m && m.in_alliance ? round(m.cohesion) : null,
      components,
      extrapolated: extrapolated(p.month),
    };
  });
}

function allianceMonths(points: readonly SeriesPoint[], extrapolated: Extrapolated) {
  return points.map((p) => ({
    month: p.month,
    alliance: round(p.alliance.cohesion),
    members: Object.fromEntries(p.members.map((m) => [m.code, m.in_alliance ? round(m.cohesion) : null])),
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
