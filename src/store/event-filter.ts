import { dayOf, intervalOf } from '../domain/index.js';
import { ftsQuery } from './search-index.js';

export interface EventFilter {
  /** Only events known on or before this day (the later of date and reported). */
  readonly asOf?: string | undefined;
  /** Only events whose date interval reaches on or after this day. */
  readonly from?: string | undefined;
  /** Only events whose date interval starts on or before this day. */
  readonly to?: string | undefined;
  /** Actor or target. */
  readonly actor?: string | undefined;
  /** A full type (`exercise.held`) or its family (`exercise`). */
  readonly type?: string | undefined;
  /** Words that must all appear in the summary, evidence or source text (full-text search). */
  readonly q?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** The SQL WHERE clause and its parameters for a filter; values are always bound, never spliced. */
export function whereClause(f: EventFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]): void => {
    clauses.push(sql);
    params.push(...values);
  };
  if (f.asOf !== undefined) add('known_day <= ?', dayOf(f.asOf));
  if (f.from !== undefined) add('date_last >= ?', intervalOf(f.from).first);
  if (f.to !== undefined) add('date_first <= ?', intervalOf(f.to).last);
  if (f.actor !== undefined) add('(actor = ? OR target = ?)', f.actor, f.actor);
  if (f.type !== undefined) {
    if (f.type.includes('.')) add('type = ?', f.type);
    else add('(type = ? OR type LIKE ?)', f.type, `${f.type}.%`);
  }
  if (f.q !== undefined && f.q.trim() !== '') {
    const match = ftsQuery(f.q);
    // Only punctuation: nothing can match it, and it must not widen the search to everything.
    if (match === undefined) add('0');
    else add('rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)', match);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
