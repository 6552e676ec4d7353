import type * as PlotModule from '@observablehq/plot';
import type { IndexBand } from '../sim/index.js';
import type { BriefPoint } from './brief.js';

type Plot = typeof PlotModule;

/**
 * Observable Plot (as on the dashboard) drawing into linkedom's DOM. Loaded on first use: together
 * they take most of a second to import, which no other command should pay.
 */
export interface ChartKit {
  readonly Plot: Plot;
  readonly render: (options: PlotModule.PlotOptions, label: string) => string;
}

let kit: Promise<ChartKit> | undefined;

/** The chart library, imported once. The SVG is serialised whole (styles inline, text escaped), so a report needs no script. */
export function chartKit(): Promise<ChartKit> {
  kit ??= Promise.all([import('@observablehq/plot'), import('linkedom')]).then(([Plot, { parseHTML }]) => ({
    Plot,
    render: (options, label) => {
      const { document } = parseHTML('<!doctype html><html><body></body></html>');
      const chart = Plot.plot({ ...options, document, style: { background: 'white', color: '#222', fontSize: '11px' } });
      chart.setAttribute('role', 'img');
      chart.setAttribute('aria-label', label);
      return chart.outerHTML;
    },
  }));
  return kit;
}

const day = (s: string): Date => new Date(`${s}T00:00:00Z`);

interface Line {
  readonly date: Date;
  readonly value: number;
  readonly series: string;
}

function lines(points: readonly BriefPoint[], allianceCode: string): Line[] {
  const out: Line[] = [];
  for (const p of points) {
    out.push({ date: day(p.as_of), value: p.alliance, series: allianceCode });
    for (const [code, v] of Object.entries(p.members)) if (v !== null) out.push({ date: day(p.as_of), value: v, series: code });
  }
  return out;
}

/**
 * The cohesion index of the alliance (thick) and of each member (thin, labelled at its last point),
 * 0-100, over the given points. A member's line breaks while it is not a party.
 */
export function indexChart({ Plot, render }: ChartKit, points: readonly BriefPoint[], allianceCode: string, label: string): string {
  const data = lines(points, allianceCode);
  const members = data.filter((d) => d.series !== allianceCode);
  const alliance = data.filter((d) => d.series === allianceCode);
  return render(
    {
      width: 760,
      height: 320,
      marginRight: 44,
      x: { type: 'utc', label: null },
      y: { domain: [0, 100], grid: true, label: 'cohesion index (0-100)' },
      color: { type: 'categorical', scheme: 'tableau10' },
      marks: [
        Plot.lineY(members, { x: 'date', y: 'value', z: 'series', stroke: 'series', strokeWidth: 1, strokeOpacity: 0.8 }),
        Plot.text(
          members,
          Plot.selectLast({ x: 'date', y: 'value', z: 'series', text: 'series', fill: 'series', dx: 4, textAnchor: 'start' }),
        ),
        Plot.lineY(alliance, { x: 'date', y: 'value', stroke: '#111', strokeWidth: 2.5 }),
        Plot.text(
          alliance,
          Plot.selectLast({ x: 'date', y: 'value', text: () => allianceCode, dx: 4, textAnchor: 'start', fontWeight: 'bold' }),
        ),
      ],
    },
    label,
  );
}

/** The simulated alliance index: the 10-90% band over runs, the median, and the index on the start day. */
export function outlookChart(
  { Plot, render }: ChartKit,
  bands: readonly IndexBand[],
  start: { readonly as_of: string; readonly value: number | null },
  label: string,
): string {
  const data = bands.map((b) => ({ date: day(`${b.month}-01`), p10: b.p10, median: b.median, p90: b.p90 }));
  const first = start.value === null ? [] : [{ date: day(start.as_of), value: start.value }];
  return render(
    {
      width: 760,
      height: 260,
      x: { type: 'utc', label: null },
      y: { domain: [0, 100], grid: true, label: 'alliance index (0-100)' },
      marks: [
        Plot.areaY(data, { x: 'date', y1: 'p10', y2: 'p90', fill: '#4c78a8', fillOpacity: 0.25 }),
        Plot.lineY(data, { x: 'date', y: 'median', stroke: '#4c78a8', strokeWidth: 2 }),
        Plot.dot(first, { x: 'date', y: 'value', fill: '#111', r: 4 }),
      ],
    },
    label,
  );
}
