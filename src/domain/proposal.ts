import { z } from 'zod';
import { ActorCode } from './actors.js';
import { EventDate, IsoDay } from './dates.js';
import { EventTypeName } from './event-types.js';
import { SourceRef } from './event.js';
import { IsoInstant } from './origin.js';

/** Where a proposal stands: waiting for a person, taken into the chronicle, turned down, or taken out again. */
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected', 'retracted'] as const;
export const ProposalStatus = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** A person's name as the review records it: one line, no control characters. */
export const ReviewerName = z
  .string()
  .trim()
  .min(1, 'empty reviewer name')
  .max(100)
  .regex(/^[^\u0000-\u001f]+$/, 'no control characters');

/**
 * What a reviewer may change before accepting; a field left out keeps what the text gave.
 * `date` may be given at any precision the reviewer can vouch for (YYYY, YYYY-MM or YYYY-MM-DD).
 */
export const ProposalEdits = z.strictObject({
  type: EventTypeName.optional(),
  actor: ActorCode.optional(),
  target: ActorCode.nullable().optional(),
  date: EventDate.optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  summary: z.string().trim().min(1, 'empty summary').max(2000).optional(),
});
export type ProposalEdits = z.infer<typeof ProposalEdits>;

/** Who decided about a proposal, when, and why. */
export const ProposalDecision = z.object({
  by: z.string(),
  at: IsoInstant,
  reason: z.string().nullable(),
  /** True when no person decided: a confidence threshold, or `bloc ingest --accept`. */
  auto: z.boolean(),
});

/**
 * An event the coder found in an article, waiting for (or past) review. It carries the spec's
 * event fields exactly as the text gave them (a null date stays null) and its article's URL.
 */
export const Proposal = z.object({
  id: z.string(),
  status: ProposalStatus,
  article_id: z.string(),
  type: EventTypeName,
  actor: ActorCode,
  target: ActorCode.nullable(),
  date: EventDate.nullable(),
  details: z.record(z.string(), z.unknown()).optional(),
  evidence: z.string(),
  confidence: z.number().min(0).max(1),
  /** bloc's own one-line draft summary, for the reviewer to rewrite. */
  summary: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** The article's publication date: when it was reported, never taken as the event's date. */
  reported: IsoDay,
  source: SourceRef,
  /** The feed the article came from, when it came from one. */
  feed: z.string().nullable(),
  created_at: IsoInstant,
  /** Other proposals (from other articles) that describe the same event; they follow this one's decision. */
  also: z.array(z.object({ id: z.string(), url: z.string().nullable(), article_id: z.string() })),
  /** The proposal this one joined (the same event from another article): decide on that one. */
  joins: z.string().nullable(),
  decision: ProposalDecision.nullable(),
  /** The chronicle event it became or merged into, once accepted. */
  event_id: z.string().nullable(),
  merged: z.boolean(),
});
export type Proposal = z.infer<typeof Proposal>;

/** What a change to the chronicle's review state was. */
export const AUDIT_ACTIONS = ['accepted', 'rejected', 'retracted'] as const;

/** One line of the append-only audit log: who did what to which proposal and event, when and why. */
export const AuditEntry = z.object({
  seq: z.number().int(),
  at: IsoInstant,
  who: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  proposal_id: z.string().nullable(),
  event_id: z.string().nullable(),
  reason: z.string().nullable(),
  /** What changed: the reviewer's edits, the merge, the sources a retraction took away. */
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
