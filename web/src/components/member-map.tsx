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

/**
 * The members on a map: coloured by cohesion when the indicators are available, else by status,
 * framed on every state that was ever a party so the region stays put as the slider moves.
 */
export function MemberMap({ members, byCohesion, day }: { members: readonly MapMember[]; byCohesion: boolean; day: string }) {
  const byId = new Map(members.filter((m) => m.numeric !== null).map((m) => [m.numeric!, m]));
  const ours = countries.filter((c) => byId.has(String(c.id)));
  const fillOf = (c: Country): string | number | null => {
    const m = byId.get(String(c.id))!;
    if (byCohesion) return m.cohesion ?? null;
    return STATUS_COLOUR[m.status];
  };
  const titleOf = (c: Country): string => {
    const m = byId.get(String(c.id))!;
    return `${m.name}: ${STATUS_LABEL[m.status]}${m.cohesion !== null ? `, cohesion ${m.cohesion.toFixed(0)}` : ''}`;
  };
  const signature = members.map((m) => `${m.code}:${m.status}:${m.cohesion ?? '-'}`).join('|');
  return (
    <PlotFigure
      testId="map"
      label={`Map of the treaty's states on ${day}: ${members.map((m) => `${m.name} ${STATUS_LABEL[m.status]}`).join(', ')}`}
      deps={[signature, byCohesion]}
      build={(width) =>
        Plot.plot({
          width,
          height: Math.round(Math.min(520, width * 0.62)),
          projection: {
            type: 'conic-equal-area',
            rotate: [-65, 0],
            parallels: [35, 55],
            domain: { type: 'FeatureCollection', features: ours },
            inset: 12,
          },
          color: byCohesion
            ? { type: 'linear', domain: [0, 100], scheme: 'RdYlGn', legend: true, label: 'Cohesion index', unknown: '#d9d9d9' }
            : { type: 'identity' },
          marks: [
            Plot.geo(countries, { fill: '#f2f0eb', stroke: '#fff', strokeWidth: 0.5, clip: 'frame' }),
            Plot.geo(ours, { fill: fillOf, stroke: '#333', strokeWidth: 0.8, title: titleOf, clip: 'frame' }),
            Plot.text(
              ours,
              Plot.centroid({
                text: (c: Country) => byId.get(String(c.id))!.code,
                fontSize: 10,
                fill: '#111',
                stroke: '#fff',
                strokeWidth: 2.5,
              }),
            ),
          ],
        })
      }
    />
  );
}
