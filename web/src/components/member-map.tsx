import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { STATUS_COLOUR, STATUS_LABEL } from '../status.js';
import type { StatusOnDate } from '../types.js';
import { PlotFigure } from './plot-figure.js';

type Country = Feature<Geometry, { name: string }>;
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as Country[];

/** One member as the map shows it on the chosen day. */
export interface MapMember {
  readonly code: string;
  readonly name: string;
  readonly numeric: string | null;
  readonly status: StatusOnDate;
  /** Cohesion 0..100, or null when unknown (or not a party that day). */
  readonly cohesion: number | null;
}

// A state whose bounding box is under about 5° × 5° draws too small to read or label at laptop
// width on a map framed on the whole treaty area: it gets an inset of its own.
const SMALL_STATE_SQ_DEGREES = 25;

function boxOf(g: Geometry): { w: number; s: number; e: number; n: number } {
  const box = { w: Infinity, s: Infinity, e: -Infinity, n: -Infinity };
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      box.w = Math.min(box.w, x);
      box.e = Math.max(box.e, x);
      box.s = Math.min(box.s, y);
      box.n = Math.max(box.n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if ('coordinates' in g) visit(g.coordinates);
  return box;
}

const isSmall = (c: Country): boolean => {
  const b = boxOf(c.geometry);
  return (b.e - b.w) * (b.n - b.s) < SMALL_STATE_SQ_DEGREES;
};

interface MapParts {
  readonly ours: readonly Country[];
  readonly byId: ReadonlyMap<string, MapMember>;
  readonly byCohesion: boolean;
}

function mapPlot(
  { ours, byId, byCohesion }: MapParts,
  frame: readonly Country[],
  width: number,
  height: number,
  opts: { legend: boolean; label: (c: Country) => boolean; box?: readonly Country[]; only?: readonly Country[] },
) {
  const fillOf = (c: Country): string | number | null => {
    const m = byId.get(String(c.id))!;
    if (byCohesion) return m.cohesion ?? null;
    return STATUS_COLOUR[m.status];
  };
  const titleOf = (c: Country): string => {
    const m = byId.get(String(c.id))!;
    return `${m.name}: ${STATUS_LABEL[m.status]}${m.cohesion !== null ? `, cohesion ${m.cohesion.toFixed(0)}` : ''}`;
  };
  const boxed = opts.box && opts.box.length > 0 ? opts.box.map((c) => boxOf(c.geometry)) : [];
  const outline = boxed.length
    ? [
        {
          type: 'Feature' as const,
          properties: {},
          geometry: {
            type: 'Polygon' as const,
            coordinates: [
              (() => {
                const w = Math.min(...boxed.map((b) => b.w)) - 0.5;
                const e = Math.max(...boxed.map((b) => b.e)) + 0.5;
                const s = Math.min(...boxed.map((b) => b.s)) - 0.5;
                const n = Math.max(...boxed.map((b) => b.n)) + 0.5;
                return [
                  [w, s],
                  [w, n],
                  [e, n],
                  [e, s],
                  [w, s],
                ];
              })(),
            ],
          },
        },
      ]
    : [];
  return Plot.plot({
    width,
    height,
    projection: {
      type: 'conic-equal-area',
      rotate: [-65, 0],
      parallels: [35, 55],
      domain: { type: 'FeatureCollection', features: frame as Country[] },
      inset: 12,
    },
    color: byCohesion
      ? { type: 'linear', domain: [0, 100], scheme: 'RdYlGn', legend: opts.legend, label: 'Cohesion index', unknown: '#d9d9d9' }
      : { type: 'identity' },
    marks: [
      Plot.geo(countries, { fill: '#f2f0eb', stroke: '#fff', strokeWidth: 0.5, clip: 'frame' }),
      // Around an inset's states, the other members keep their colour but not their tooltip.
      Plot.geo(
        ours.filter((c) => !opts.only || !opts.only.includes(c)),
        opts.only
          ? { fill: fillOf, stroke: '#333', strokeWidth: 0.5, clip: 'frame' }
          : { fill: fillOf, stroke: '#333', strokeWidth: 0.8, title: titleOf, clip: 'frame' },
      ),
      Plot.geo(opts.only ?? [], { fill: fillOf, stroke: '#333', strokeWidth: 0.8, title: titleOf, clip: 'frame' }),
      Plot.geo(outline, { stroke: '#555', strokeDasharray: '3 2', fill: 'none', clip: 'frame' }),
      Plot.text(
        ours.filter(opts.label),
        Plot.centroid({
          text: (c: Country) => byId.get(String(c.id))!.code,
          fontSize: 10,
          fill: '#111',
          stroke: '#fff',
          strokeWidth: 2.5,
        }),
      ),
    ],
  });
}

/**
 * The members on a map: coloured by cohesion when the indicators are available, else by status,
 * framed on every state that was ever a party so the region stays put as the slider moves. States
 * too small to read at that frame (the dashed box) are drawn again, larger, in an inset.
 */
export function MemberMap({ members, byCohesion, day }: { members: readonly MapMember[]; byCohesion: boolean; day: string }) {
  const byId = new Map(members.filter((m) => m.numeric !== null).map((m) => [m.numeric!, m]));
  const ours = countries.filter((c) => byId.has(String(c.id)));
  const small = ours.filter(isSmall);
  const parts = { ours, byId, byCohesion };
  const signature = members.map((m) => `${m.code}:${m.status}:${m.cohesion ?? '-'}`).join('|');
  const nameOf = (c: Country) => byId.get(String(c.id))!.name;
  return (
    <div class="map">
      <PlotFigure
        testId="map"
        label={`Map of the treaty's states on ${day}: ${members.map((m) => `${m.name} ${STATUS_LABEL[m.status]}`).join(', ')}`}
        deps={[signature, byCohesion]}
        build={(width) =>
          mapPlot(parts, ours, width, Math.round(Math.min(520, width * 0.62)), {
            legend: true,
            label: (c) => !small.includes(c),
            box: small,
          })
        }
      />
      {small.length > 0 && (
        <figure class="map-inset">
          <PlotFigure
            testId="map-inset"
            label={`Inset, enlarged: ${small.map(nameOf).join(', ')}`}
            deps={[signature, byCohesion, 'inset']}
            build={(width) =>
              mapPlot(parts, small, Math.min(width, 320), 200, { legend: false, label: (c) => small.includes(c), only: small })
            }
          />
          <figcaption>Inset (the dashed box, enlarged): {small.map(nameOf).join(', ')}</figcaption>
        </figure>
      )}
    </div>
  );
}
