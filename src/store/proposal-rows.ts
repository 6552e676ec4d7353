import { createHash } from 'node:crypto';
import {
  ChronicleEvent,
  describeEvent,
  intervalOf,
  type CodedEvent,
  type ImportEvent,
  type Proposal,
  type ProposalEdits,
  type ProposalStatus,
} from '../domain/index.js';
import { StoreError } from './errors.js';
import { namedThing } from './event-rows.js';

/** A review that cannot be done as asked: no such proposal, the wrong state for it, or an invalid edit. */
export class ReviewError extends StoreError {
  constructor(
    message: string,
    readonly kind: 'not_found' | 'conflict' | 'invalid',
  ) {
    super(message, kind === 'not_found' ? 404 : kind === 'conflict' ? 409 : 400);
  }
}

/** A proposals row joined with its article. */
export interface ProposalRow {
  readonly id: string;
  readonly article_id: string;
  readonly status: ProposalStatus;
  readonly coded: string;
  readonly summary: string;
  readonly lead_id: string | null;
  readonly created_at: string;
  readonly decided_by: string | null;
  readonly decided_at: string | null;
  readonly reason: string | null;
  readonly auto: number;
  readonly accepted: string | null;
  readonly event_id: string | null;
  readonly merged: number;
  readonly added_sources: string | null;
  readonly a_date: string;
  readonly a_title: string | null;
  readonly a_url: string | null;
  readonly feed: string | null;
}

/** The SELECT that every proposal read starts from. */
export const PROPOSAL_SELECT = `SELECT p.*, a.date AS a_date, a.title AS a_title, a.url AS a_url, t.feed AS feed
  FROM proposals p JOIN articles a ON a.id = p.article_id LEFT JOIN article_texts t ON t.article_id = p.article_id`;

/** A stable id: the same event coded from the same article always gets the same id. */
export function proposalId(articleId: string, e: CodedEvent): string {
  const key = [articleId, e.type, e.actor, e.target ?? '-', e.date ?? '-', e.evidence].join('|');
  return `p-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/** What an ingested event cites: its article's web address, else the article itself. */
export function sourceOf(article: { id: string; url: string | null }): string {
  return article.url ?? `article:${article.id}`;
}

/** The proposal as the API and the CLI show it. */
export function proposalOf(r: ProposalRow, also: Proposal['also']): Proposal {
  const coded = JSON.parse(r.coded) as CodedEvent;
  return {
    id: r.id,
    status: r.status,
    article_id: r.article_id,
    type: coded.type,
    actor: coded.actor,
    target: coded.target,
    date: coded.date,
    ...(coded.details !== undefined ? { details: coded.details as Record<string, unknown> } : {}),
    evidence: coded.evidence,
    confidence: coded.confidence,
    summary: r.summary,
    url: r.a_url,
    title: r.a_title,
    reported: r.a_date,
    source: sourceOf({ id: r.article_id, url: r.a_url }),
    feed: r.feed,
    created_at: r.created_at,
    also,
    joins: r.lead_id,
    decision:
      r.decided_by === null || r.decided_at === null ? null : { by: r.decided_by, at: r.decided_at, reason: r.reason, auto: r.auto === 1 },
    event_id: r.event_id,
    merged: r.merged === 1,
  };
}

/** bloc's draft summary of a coded event: its own words from the type and actors, never the article's. */
export function draftSummary(e: CodedEvent): string {
  const name = namedThing(e.details as Record<string, unknown> | undefined);
  return `${describeEvent(e)}${name === undefined ? '' : ` (${name})`}.`;
}

/**
 * Two proposals from different articles describe the same event: same act and actors, the same
 * named thing if both name one, and dates that can be the same day (overlapping intervals, a
 * day-precise date widened by three days as the chronicle's merge rule does).
 */
export function sameEvent(a: CodedEvent, b: CodedEvent): boolean {
  if (a.type !== b.type || a.actor !== b.actor || a.target !== b.target) return false;
  const na = namedThing(a.details as Record<string, unknown> | undefined);
  const nb = namedThing(b.details as Record<string, unknown> | undefined);
  if (na !== undefined && nb !== undefined && na !== nb) return false;
  // Without a date there is nothing to tell two requests or two clashes apart: never group them.
  if (a.date === null || b.date === null) return false;
  const x = intervalOf(a.date);
  const y = intervalOf(b.date);
  const slack = x.precision === 'day' && y.precision === 'day' ? 3 : 0;
  return x.first - slack <= y.last && y.first - slack <= x.last;
}

/**
 * The chronicle record a proposal becomes, with the reviewer's edits: the date is the text's or the
 * reviewer's, never the article's; a proposal with neither cannot be accepted. Checked against the
 * event schema, each problem named by its field.
 */
export function recordOf(p: Proposal, edits: ProposalEdits, sources: readonly string[]): ImportEvent {
  const date = edits.date ?? p.date;
  if (date === null)
    throw new ReviewError(`date: the text gives no date for this event; set one (YYYY, YYYY-MM or YYYY-MM-DD) to accept it`, 'invalid');
  const type = edits.type ?? p.type;
  // Details belong to a type: when the type changes, only the reviewer's details are kept.
  const details = edits.details ?? (type === p.type ? p.details : undefined);
  const record = {
    type,
    actor: edits.actor ?? p.actor,
    target: edits.target === undefined ? p.target : edits.target,
    date,
    ...(details !== undefined ? { details } : {}),
    summary: edits.summary ?? p.summary,
    source: sources[0]!,
    ...(sources.length > 1 ? { sources: [...sources] } : {}),
    reported: p.reported,
    evidence: p.evidence,
    confidence: p.confidence,
    article_id: p.article_id,
  };
  const checked = ChronicleEvent.safeParse({ ...record, id: 'proposal' });
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`);
    throw new ReviewError(issues.join('; '), 'invalid');
  }
  return record as unknown as ImportEvent;
}
