import type Database from 'better-sqlite3';
import { futureDateProblem, ImportEvent, MergeLine, ReviewLine, today, type EventOrigin } from '../domain/index.js';
import { validate, type InputProblem } from '../data/index.js';
import type { ChronicleWriter, MergeNote } from './chronicle-writer.js';
import { deferReadIndexes, type DeferredIndexes } from './bulk-indexes.js';
import { canonicalJson } from './event-rows.js';
import { insertReview } from './reviews.js';

/** One line of an input, located. */
export interface SourceLine {
  readonly file: string;
  readonly line: number;
  /** The decoded text, or undefined when the line was not valid UTF-8. */
  readonly text: string | undefined;
}

export interface ImportLinesOptions {
  readonly allowFuture?: boolean | undefined;
  /** The clock, for the origin time of records without one and the future-date check. */
  readonly now?: (() => Date) | undefined;
  /** Further checks of a valid record (the alliance's actors): its problems, located. */
  readonly check?: ((e: ImportEvent, file: string, line: number) => InputProblem[]) | undefined;
  /** Called every 10,000 lines with the count so far (progress on a TTY). */
  readonly onProgress?: ((lines: number) => void) | undefined;
}

/** A merge an import made, with the line whose record was merged. */
export interface LocatedMerge extends MergeNote {
  readonly file: string;
  readonly line: number;
}

export interface ImportLinesResult {
  readonly records: number;
  readonly inserted: number;
  readonly merged: number;
  readonly same: number;
  readonly merges: readonly LocatedMerge[];
  readonly restoredMerges: number;
  readonly reviews: number;
  /** Problems found (at most the first 1,000 are kept); when any, nothing was imported. */
  readonly problems: readonly InputProblem[];
  readonly problemCount: number;
}

const KEPT_PROBLEMS = 1000;
// After this many records an import counts as large: the read indexes are built once at its end.
const BULK_AFTER = 50_000;

/**
 * Imports JSON Lines, streaming, inside the caller's transaction: events (plain, or from
 * `bloc export`, with origin and provenance), merges and reviews; the export header is skipped.
 * Every line is checked; the caller commits only when no problem was found.
 */
export async function importLines(
  db: Database.Database,
  writer: ChronicleWriter,
  input: AsyncIterable<SourceLine>,
  options: ImportLinesOptions = {},
): Promise<ImportLinesResult> {
  const clock = options.now ?? (() => new Date());
  const nowIso = clock().toISOString();
  const day = today(clock);
  const fallback: EventOrigin = { kind: 'imported', at: nowIso };
  const problems: InputProblem[] = [];
  let problemCount = 0;
  const problem = (...ps: InputProblem[]) => {
    problemCount += ps.length;
    for (const p of ps) if (problems.length < KEPT_PROBLEMS) problems.push(p);
  };
  const counts = { records: 0, inserted: 0, merged: 0, same: 0, restoredMerges: 0, reviews: 0 };
  const merges: LocatedMerge[] = [];
  let n = 0;
  let deferred: DeferredIndexes | undefined;
  for await (const { file, line, text } of input) {
    if (++n % 10_000 === 0) options.onProgress?.(n);
    if (text === undefined) {
      problem({ file, line, field: '(line)', reason: 'not valid UTF-8 text' });
      continue;
    }
    const raw = text.trim();
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problem({ file, line, field: '(line)', reason: `malformed JSON: ${(err as Error).message}` });
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problem({ file, line, field: '(record)', reason: 'expected a JSON object' });
      continue;
    }
    if ('bloc_export' in value) continue;
    if ('bloc_merge' in value) {
      const r = validate(MergeLine, value, file, line);
      if (!r.ok) problem(...r.problems);
      else if (problemCount === 0) counts.restoredMerges += restoreMerge(db, r.value) ? 1 : 0;
      continue;
    }
    if ('bloc_review' in value) {
      const r = validate(ReviewLine, value, file, line);
      if (!r.ok) problem(...r.problems);
      else if (problemCount === 0) counts.reviews += restoreReview(db, r.value) ? 1 : 0;
      continue;
    }
    const r = validate(ImportEvent, value, file, line);
    if (!r.ok) {
      problem(...r.problems);
      continue;
    }
    const e = r.value;
    // A record with an origin comes from an export: the store held it already, so a restore takes it as it was.
    const more = options.check?.(e, file, line) ?? [];
    if (more.length) {
      problem(...more);
      continue;
    }
    const ahead = options.allowFuture || e.origin !== undefined ? undefined : futureDateProblem(e.date, e.reported, day);
    if (ahead) {
      problem({ file, line, field: 'date', reason: ahead });
      continue;
    }
    counts.records++;
    // After the first problem nothing will be committed: keep checking, stop writing.
    if (problemCount > 0) continue;
    if (counts.records === BULK_AFTER) deferred = deferReadIndexes(db);
    const out = writer.apply(e, fallback, nowIso);
    counts[out.action]++;
    if (out.merge) merges.push({ ...out.merge, file, line });
  }
  if (deferred && problemCount === 0) deferred.restore();
  return { ...counts, merges, problems, problemCount };
}

// A merge from an export: recorded as it was, and the sources it had added marked as its own.
function restoreMerge(db: Database.Database, { bloc_merge: m }: MergeLine): boolean {
  const record = canonicalJson(m.record);
  if (db.prepare('SELECT 1 FROM merges WHERE into_id = ? AND at = ? AND record = ?').get(m.into, m.at, record)) return false;
  const seq = Number(
    db
      .prepare('INSERT INTO merges (into_id, reason, record, at, undone_at, undone_as) VALUES (?, ?, ?, ?, ?, ?)')
      .run(m.into, m.reason, record, m.at, m.undone_at ?? null, m.undone_as ?? null).lastInsertRowid,
  );
  const mark = db.prepare('UPDATE event_sources SET merge_seq = ? WHERE event_id = ? AND url = ? AND merge_seq IS NULL');
  if (m.undone_at === undefined) for (const u of m.added_sources) mark.run(seq, m.into, u);
  return true;
}

function restoreReview(db: Database.Database, { bloc_review: v }: ReviewLine): boolean {
  return insertReview(db, v).added;
}
