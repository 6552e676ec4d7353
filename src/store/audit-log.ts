import type Database from 'better-sqlite3';
import { prepared } from './statements.js';
import type { AuditEntry } from '../domain/index.js';

/** One decision to append to the log (the sequence number is the log's). */
export type AuditInput = Omit<AuditEntry, 'seq'>;

/**
 * Appends one entry. The table refuses UPDATE and DELETE (triggers in the migration), so what was
 * recorded stays as it was written: the log is the chronicle's memory of who changed it and why.
 */
export function appendAudit(db: Database.Database, e: AuditInput): number {
  const info = prepared(
    db,
    'INSERT INTO audit_log (at, who, action, proposal_id, event_id, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(e.at, e.who, e.action, e.proposal_id, e.event_id, e.reason, JSON.stringify(e.detail));
  return Number(info.lastInsertRowid);
}

/** The log, newest first; `limit` bounds how many entries come back. */
export function readAudit(db: Database.Database, opts: { limit?: number | undefined; proposal?: string | undefined } = {}): AuditEntry[] {
  const limit = Math.max(0, Math.floor(opts.limit ?? 1000));
  const rows = (
    opts.proposal === undefined
      ? prepared(db, 'SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit)
      : prepared(db, 'SELECT * FROM audit_log WHERE proposal_id = ? ORDER BY seq DESC LIMIT ?').all(opts.proposal, limit)
  ) as (Omit<AuditEntry, 'detail'> & { detail: string })[];
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}
