import type { Alliance } from '../domain/index.js';
import type { AsOfResult, ComponentValue, Coverage, MemberIndicators, SeriesPoint } from './types.js';
import { COMPONENTS } from './weights.js';

export type PanelCell = string | number | boolean;
export type PanelRow = Record<string, PanelCell>;

const COVERAGE_KEYS: readonly (keyof Coverage)[] = [
  'exercises_taken_part',
  'exercises_not_listed',
  'exercises_boycotted',
  'exercises_cancelled',
  'summits_attended',
  'summits_missed',
  'declarations_refused',
  'requests',
  'requests_pending',
  'un_votes',
  'alignment_events',
  'clashes',
  'outside_cooperation',
];

/** Columns of the member-month panel, in order: keys, status, index, each component with its flags, coverage. */
export const PANEL_COLUMNS: readonly string[] = [
  'month',
  'as_of',
  'iso3',
  'cow',
  'name',
  'in_alliance',
  'status_de_jure',
  'status_de_facto',
  'cohesion',
  ...COMPONENTS.flatMap((c) => [c, `${c}_n`, `${c}_measured`]),
  ...COVERAGE_KEYS.map((k) => `n_${k}`),
];

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

function componentCells(components: Readonly<Record<string, ComponentValue>>): PanelRow {
  const out: PanelRow = {};
  for (const c of COMPONENTS) {
    const v = components[c]!;
    out[c] = round(v.value, 4);
    out[`${c}_n`] = v.n;
    out[`${c}_measured`] = v.measured;
  }
  return out;
}

/** One member on one date as a flat row (numbers rounded: index to 2 decimals, components to 4). */
export function memberRow(month: string, asOf: string, m: MemberIndicators): PanelRow {
  const row: PanelRow = {
    month,
    as_of: asOf,
    iso3: m.code,
    cow: m.cow,
    name: m.name,
    in_alliance: m.in_alliance,
    status_de_jure: m.status.de_jure,
    status_de_facto: m.status.de_facto,
    cohesion: round(m.cohesion, 2),
    ...componentCells(m.components),
  };
  for (const k of COVERAGE_KEYS) row[`n_${k}`] = m.coverage[k];
  return row;
}

/** The tidy member-month panel: one row per member per month. */
export function panelRows(series: readonly SeriesPoint[]): PanelRow[] {
  return series.flatMap((p) => p.members.map((m) => memberRow(p.month, p.as_of, m)));
}

/** The alliance's figures as a flat row (same columns as a member, iso3 the alliance's code, no COW code). */
export function allianceRow(month: string, r: AsOfResult, alliance: Pick<Alliance, 'code' | 'name'>): PanelRow {
  const a = r.alliance;
  const row: PanelRow = {
    month,
    as_of: r.as_of,
    iso3: alliance.code,
    cow: '',
    name: alliance.name,
    in_alliance: true,
    status_de_jure: `${a.parties} parties`,
    status_de_facto: `${a.full_members} full members`,
    cohesion: round(a.cohesion, 2),
    ...componentCells(a.components),
  };
  for (const k of COVERAGE_KEYS) row[`n_${k}`] = a.coverage[k];
  return row;
}
