import type { z } from 'zod';
import { isState } from './actors.js';
import { IsoDay, dayString, intervalOf } from './dates.js';
import type { ChronicleEvent } from './event.js';
import { EventTableRow } from './event-table.js';
import { Basis } from './alliance.js';
import { EVENT_TYPES, OUTCOMES, THREATS, VOTES, type EventType } from './event-types.js';
import { knownDay } from './known-date.js';

/** Correlates of War state number of a code, where the pack knows it. */
export type CowLookup = (code: string) => number | null;

/**
 * COW numbers from the pack's states (members.json). No maintained registry of COW codes is
 * published on npm, so states outside the pack get none rather than a hand-typed guess.
 */
export function cowLookup(states: readonly { readonly code: string; readonly cow: number }[]): CowLookup {
  const byCode = new Map(states.map((s) => [s.code, s.cow] as const));
  return (code) => byCode.get(code) ?? null;
}

/** The standard codes every exported event carries beside its record: CAMEO, PLOVER, ISO3, COW, date interval. */
export const EventCodes = EventTableRow.pick({
  cameo: true,
  cameo_extension: true,
  plover: true,
  actor_iso3: true,
  actor_cow: true,
  target_iso3: true,
  target_cow: true,
  date_precision: true,
  date_start: true,
  date_end: true,
  known_from: true,
});
export type EventCodes = z.infer<typeof EventCodes>;

/** The record with its standard codes under `codes` (ignored by `bloc import`, which recomputes them). */
export type CodedRecord = ChronicleEvent & { readonly codes: EventCodes };

/** The CAMEO and PLOVER codes of an event type, and whether the CAMEO code is bloc's own extension. */
export function typeCodes(type: EventType): Pick<EventCodes, 'cameo' | 'cameo_extension' | 'plover'> {
  const spec = EVENT_TYPES[type];
  return {
    cameo: spec.cameo === '' ? null : spec.cameo,
    cameo_extension: spec.cameo !== '' && !spec.cameoExact,
    plover: spec.plover === '' ? null : spec.plover,
  };
}

/** The standard codes of one event. */
export function eventCodes(e: ChronicleEvent, cow: CowLookup): EventCodes {
  const span = intervalOf(e.date);
  const state = (code: string | null) => (code !== null && isState(code) ? code : null);
  return {
    ...typeCodes(e.type),
    actor_iso3: state(e.actor),
    actor_cow: state(e.actor) === null ? null : cow(e.actor),
    target_iso3: state(e.target),
    target_cow: e.target === null || state(e.target) === null ? null : cow(e.target),
    date_precision: span.precision,
    date_start: dayString(span.first),
    date_end: dayString(span.last),
    known_from: dayString(knownDay(e) ?? span.last),
  };
}

/** The record as JSON exports and the API give it: every field of the record, plus `codes`. */
export function withCodes(e: ChronicleEvent, cow: CowLookup): CodedRecord {
  return { ...e, codes: eventCodes(e, cow) };
}

type Details = Readonly<Record<string, unknown>>;
type Taker = (d: Details, key: string) => string | number | boolean | null | undefined;

const text: Taker = (d, k) => (typeof d[k] === 'string' && d[k] !== '' ? (d[k] as string) : undefined);
const int: Taker = (d, k) => (Number.isInteger(d[k]) ? (d[k] as number) : undefined);
const day: Taker = (d, k) => (typeof d[k] === 'string' && IsoDay.safeParse(d[k]).success ? (d[k] as string) : undefined);
const bool: Taker = (d, k) => (typeof d[k] === 'boolean' ? (d[k] as boolean) : undefined);
const oneOf =
  (values: readonly string[]): Taker =>
  (d, k) =>
    typeof d[k] === 'string' && values.includes(d[k]) ? (d[k] as string) : undefined;
const codes: Taker = (d, k) =>
  Array.isArray(d[k]) && d[k].length > 0 && d[k].every((x) => typeof x === 'string' && /^\S+$/.test(x))
    ? (d[k] as string[]).join(' ')
    : undefined;

// Detail keys flattened into their own column (column ← key, read only when the value has the column's kind).
const DETAIL_COLUMNS: readonly (readonly [keyof EventTableRow, string, Taker])[] = [
  ['treaty_article', 'article', text],
  ['threat', 'threat', oneOf(THREATS)],
  ['adversary', 'adversary', text],
  ['outcome', 'outcome', oneOf(OUTCOMES)],
  ['outcome_reported', 'outcome_reported', day],
  ['force', 'force', text],
  ['troops', 'troops', int],
  ['fatalities', 'fatalities', int],
  ['fatalities_as_of', 'fatalities_as_of', day],
  ['kind', 'kind', text],
  ['name', 'name', text],
  ['participants', 'participants', codes],
  ['meeting', 'meeting', text],
  ['document', 'document', text],
  ['resolution', 'resolution', text],
  ['vote', 'vote', oneOf(VOTES)],
  ['rejoined', 'rejoined', bool],
  ['basis', 'basis', oneOf(Basis.options)],
  ['episode', 'episode', text],
  ['request', 'request', text],
  ['note', 'note', text],
];

const nonEmpty = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s);

/** One event as a row of the events table (docs/exports.md); every field of the record lands in a column. */
export function eventTableRow(e: ChronicleEvent, cow: CowLookup): EventTableRow {
  const d: Details = e.details ?? {};
  const flat: Record<string, string | number | boolean | null> = {};
  const taken = new Set<string>();
  for (const [col, key, take] of DETAIL_COLUMNS) {
    const v = take(d, key);
    flat[col] = v ?? null;
    if (v !== undefined) taken.add(key);
  }
  // The record's claimant, else its details'; a details claimant that differs stays among the other details.
  const detailClaim = text(d, 'claimed_by') as string | undefined;
  const claimed = e.claimed_by ?? detailClaim;
  if (detailClaim !== undefined && detailClaim === claimed) taken.add('claimed_by');
  const other = Object.fromEntries(Object.entries(d).filter(([k, v]) => !taken.has(k) && v !== undefined));
  const sources = [e.source, ...(e.sources ?? []).filter((s) => s !== e.source)];
  return {
    id: e.id,
    type: e.type,
    ...eventCodes(e, cow),
    actor: e.actor,
    target: e.target,
    date: e.date,
    reported: e.reported ?? null,
    summary: e.summary,
    location_name: nonEmpty(e.location?.name),
    location_admin1: nonEmpty(e.location?.admin1),
    location_lat: e.location?.lat ?? null,
    location_lon: e.location?.lon ?? null,
    confidence: e.confidence ?? null,
    evidence: nonEmpty(e.evidence),
    claimed_by: claimed ?? null,
    source: e.source,
    sources: sources.map((s) => s.replace(/ /g, '%20')).join(' '),
    source_count: sources.length,
    origin: e.origin?.kind ?? null,
    origin_reviewer: nonEmpty(e.origin?.reviewer),
    origin_at: e.origin?.at ?? null,
    article_id: e.article_id ?? null,
    ...flat,
    details_other: Object.keys(other).length ? JSON.stringify(other) : null,
  } as EventTableRow;
}
