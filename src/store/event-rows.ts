import type Database from 'better-sqlite3';
import { type ChronicleEvent, type EventOrigin, intervalOf, knownDay } from '../domain/index.js';

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
  readonly origin: string;
  readonly record: string;
}

/** Where a stored event came from (the `origin` column). */
export type Origin = 'pack' | 'import' | 'ingest' | 'review';

/** Turns a validated record into a row; the record keeps every field, the columns serve queries. */
export function toRow(e: ChronicleEvent, origin: Origin): EventRow {
  const span = intervalOf(e.date);
  const { sources: _sources, ...record } = e;
  return {
    id: e.id,
    type: e.type,
    actor: e.actor,
    target: e.target,
    date: e.date,
    date_first: span.first,
    date_last: span.last,
    known_day: knownDay(e) ?? span.last,
    origin,
    record: JSON.stringify(record),
  };
}

/** The statement that inserts one row (bind a `toRow` result). */
export function insertStatement(db: Database.Database): Database.Statement {
  // A user's event with the same id wins over the pack's: never overwrite what a user imported.
  return db.prepare(
    `INSERT INTO events (id, type, actor, target, date, date_first, date_last, known_day, origin, record)
     VALUES (@id, @type, @actor, @target, @date, @date_first, @date_last, @known_day, @origin, @record)
     ON CONFLICT(id) DO NOTHING`,
  );
}

/** Rebuilds the record from a row, the list of its sources (first source stays `source`) and its origin. */
export function fromRow(record: string, extraSources: readonly string[], origin?: EventOrigin): ChronicleEvent {
  const e = JSON.parse(record) as ChronicleEvent;
  const all = [e.source, ...extraSources.filter((s) => s !== e.source)];
  return { ...e, ...(all.length > 1 ? { sources: all } : {}), ...(origin ? { origin } : {}) };
}

/** The thing an event is about, when it names one: two events with different names are different. */
export function namedThing(details: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const v = details?.['resolution'] ?? details?.['name'] ?? details?.['meeting'] ?? details?.['document'];
  return v === undefined ? undefined : String(v);
}
