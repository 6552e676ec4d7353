import * as Plot from '@observablehq/plot';
import { isParty, monthEnd, statusOn } from '../status.js';
import type { AllianceTimeline, MemberRow } from '../types.js';
import { PlotFigure } from './plot-figure.js';

const date = (month: string): Date => new Date(`${month}-15`);

/**
 * The alliance's cohesion index month by month, with one thin line per member drawn only while it
 * is a party, and a rule at the month the slider shows.
 */
export function AllianceChart({
  timeline,
  members,
  month,
  today,
}: {
  timeline: AllianceTimeline;
  members: readonly MemberRow[];
  month: string;
  today: string;
}) {
  const alliance = timeline.months.map((m) => ({ date: date(m.month), value: m.alliance }));
  // A member's line breaks (null) in the months it was not a party, so no figure is drawn for an outsider.
  const lines = members.flatMap((mem) =>
    timeline.months.map((m) => {
      const v = m.members[mem.code];
      const inside = v !== undefined && v !== null && isParty(statusOn(mem, monthEnd(m.month, today)));
      return { date: date(m.month), value: inside ? v : null, code: mem.code };
    }),
  );
  const now = [date(month)];
  return (
    <PlotFigure
      testId="alliance-chart"
      label={`Cohesion index of the alliance and of each member by month; the rule marks ${month}`}
      deps={[timeline, members, month]}
      build={(width) =>
        Plot.plot({
          width,
          height: 260,
          marginRight: 56,
          y: { domain: [0, 100], grid: true, label: 'Cohesion index' },
          x: { label: null },
          color: { legend: true, type: 'categorical' },
          marks: [
            Plot.lineY(lines, { x: 'date', y: 'value', stroke: 'code', strokeWidth: 1, strokeOpacity: 0.75, tip: true }),
            Plot.lineY(alliance, { x: 'date', y: 'value', stroke: '#111', strokeWidth: 2.5, tip: true }),
            Plot.text(alliance.slice(-1), {
              x: 'date',
              y: 'value',
              text: () => 'alliance',
              dx: 4,
              textAnchor: 'start',
              fontWeight: 'bold',
            }),
            Plot.ruleX(now, { stroke: '#b2182b', strokeDasharray: '4 3' }),
          ],
        })
      }
    />
  );
}
