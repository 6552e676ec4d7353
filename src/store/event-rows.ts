import type Database from 'better-sqlite3';
import { type ChronicleEvent, type EventOrigin, intervalOf, knownDay, type OriginKind } from '../domain/index.js';

/** Who owns a row: the pack's rows are replaced on every reload, a user's are never touched by one. */
export type Layer = 'pack' | 'user';

/** The columns of one events row, derived from a chronicle record. */
export interface EventRow {
  readonly id: string;
  readonly type: string;
  readonly actor: string;
  readonly target: string | null;
  readonly date: string;
  readonly date_first: number;
  readonly date_last: number;
  readonly known_day: number;
  readonly layer: Layer;
  readonly origin: OriginKind;
  readonly origin_reviewer: string | null;
  readonly origin_at: string | null;
  readonly record: string;
}

/** The fields of a stored record that say what happened (not where it was cited or how it came in). */
export type EventBody = Omit<ChronicleEvent, 'sources' | 'origin'>;

/** The record without what the store keeps elsewhere: sources, origin and provenance have their own columns and tables. */
export function bodyOf(e: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { sources: _s, origin: _o, provenance: _p, ...body } = e;
  return body;
}

/** Turns a validated record into a row; the record keeps every field, the columns serve queries. */
export function toRow(e: EventBody, layer: Layer, origin: EventOrigin): EventRow {
  const span = intervalOf(e.date);
  return {
    id: e.id,
    type: e.type,
    actor: e.actor,
    target: e.target,
    date: e.date,
    date_first: span.first,
    date_last: span.last,
    known_day: knownDay(e as ChronicleEvent) ?? span.last,
    layer,
    origin: origin.kind,
    origin_reviewer: origin.reviewer ?? null,
    origin_at: origin.at ?? null,
    record: canonicalJson(bodyOf(e)),
  };
}

/** The statement that inserts one row (bind a `toRow` result); an existing id is left alone. */
export function insertStatement(db: Database.Database): Database.Statement {
  return db.prepare(
    `INSERT INTO events (id, type, actor, target, date, date_first, date_last, known_day, layer, origin, origin_reviewer, origin_at, record)
     VALUES (@id, @type, @actor, @target, @date, @date_first, @date_last, @known_day, @layer, @origin, @origin_reviewer, @origin_at, @record)
     ON CONFLICT(id) DO NOTHING`,
  );
}

/** The origin stored in a row's columns. */
export function originOf(row: { origin: string; origin_reviewer: string | null; origin_at: string | null }): EventOrigin {
  return {
    kind: row.origin as OriginKind,
    ...(row.origin_reviewer !== null ? { reviewer: row.origin_reviewer } : {}),
    ...(row.origin_at !== null ? { at: row.origin_at } : {}),
  };
}

/** Rebuilds the record from a row, the list of its sources (first source stays `source`) and its origin. */
export function fromRow(record: string, extraSources: readonly string[], origin?: EventOrigin): ChronicleEvent {
  const e = JSON.parse(record) as ChronicleEvent;
  const all = [e.source, ...extraSources.filter((s) => s !== e.source)];
  return canonicalEvent({ ...e, ...(all.length > 1 ? { sources: all } : {}), ...(origin ? { origin } : {}) }) as ChronicleEvent;
}

// Fields in the order a reader expects them; any other field follows, sorted.
const FIELD_ORDER = [
  'id',
  'type',
  'actor',
  'target',
  'date',
  'details',
  'location',
  'reported',
  'claimed_by',
  'summary',
  'source',
  'sources',
  'evidence',
  'confidence',
  'article_id',
  'origin',
  'provenance',
];

function sortedDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedDeep);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) out[k] = sortedDeep((v as Record<string, unknown>)[k]);
  return out;
}

// The kind first: it is what a reader looks for.
function originOrder(o: EventOrigin): EventOrigin {
  return { kind: o.kind, ...(o.reviewer !== undefined ? { reviewer: o.reviewer } : {}), ...(o.at !== undefined ? { at: o.at } : {}) };
}

/**
 * One key order for every record, whatever produced it, so that the same event always
 * serialises to the same bytes (export, import and export again are byte-identical).
 */
export function canonicalEvent(e: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) if (e[k] !== undefined) out[k] = k === 'origin' ? originOrder(e[k] as EventOrigin) : sortedDeep(e[k]);
  for (const k of Object.keys(e).sort()) if (!(k in out) && e[k] !== undefined) out[k] = sortedDeep(e[k]);
  return out;
}

/** Canonical JSON text of a record. */
export function canonicalJson(e: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(canonicalEvent(e));
}

/** The thing an event is about, when it names one: two events with different names are different. */
export function namedThing(details: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const v = details?.['resolution'] ?? details?.['name'] ?? details?.['meeting'] ?? details?.['document'];
  return v === undefined ? undefined : String(v);
}
