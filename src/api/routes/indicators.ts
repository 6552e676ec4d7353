import { Hono } from 'hono';
import { extrapolatedAfter, gapFor, indicatorEngine } from '../../compose/index.js';
import type { SeriesPoint } from '../../indicators/index.js';
import { readQuery } from '../body.js';
import { pathAndQuery, sendJson } from '../respond.js';
import { IndicatorsQuery, TimelineQuery } from '../schemas.js';
import type { ApiState } from '../state.js';

// Rounded as the CSV panel rounds (panel.ts), so the API and the CSV give the same figures.
const round = (x: number): number => Number(x.toFixed(2));

// The full series is megabytes; the dashboard needs one number per member-month, or one member's components.
function compact(points: readonly SeriesPoint[], member: string | undefined, extrapolated: (month: string) => boolean) {
  if (member !== undefined) {
    return points.map((p) => {
      const m = p.members[0];
      const components = m ? Object.fromEntries(Object.entries(m.components).map(([k, v]) => [k, round(v.value)])) : {};
      // A state outside the alliance keeps its figure, as in the CSV panel; in_alliance says which months those are.
      return {
        month: p.month,
        alliance: round(p.alliance.cohesion),
        cohesion: m ? round(m.cohesion) : null,
        in_alliance: m?.in_alliance ?? false,
        components,
        prior_only: m ? Object.entries(m.components).flatMap(([k, v]) => (v.measured ? [] : [k])) : [],
        extrapolated: extrapolated(p.month),
      };
    });
  }
  return points.map((p) => ({
    month: p.month,
    alliance: round(p.alliance.cohesion),
    members: Object.fromEntries(p.members.map((m) => [m.code, round(m.cohesion)])),
    extrapolated: extrapolated(p.month),
  }));
}

/** Cohesion figures as of a day, and the monthly series; computed once per store state. */
export function indicatorRoutes(state: ApiState): Hono {
  const app = new Hono();

  app.get('/indicators', (c) => {
    return sendJson(
      c,
      state.answer(pathAndQuery(c), () => {
        const q = readQuery(c, IndicatorsQuery);
        // Without asOf the day is today: part of the store version, so the key need not name it.
        return {
          key: `indicators:${JSON.stringify(q)}`,
          compute: () => {
            const day = q.asOf ?? state.today();
            return { ...indicatorEngine(state.workspace).asOf(day, q.member), data_gap: gapFor(state.workspace, day) };
          },
        };
      }),
    );
  });

  app.get('/timeline', (c) => {
    return sendJson(
      c,
      state.answer(pathAndQuery(c), () => {
        const q = readQuery(c, TimelineQuery);
        return {
          key: `timeline:${JSON.stringify(q)}`,
          compute: () => ({
            member: q.member ?? null,
            months: compact(
              indicatorEngine(state.workspace).series({ from: q.from, to: q.to, member: q.member }),
              q.member,
              extrapolatedAfter(state.workspace),
            ),
            latest_event: state.store.latestEvent()?.day ?? null,
          }),
        };
      }),
    );
  });
  return app;
}
