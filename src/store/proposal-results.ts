import { z } from 'zod';
import { ChronicleEvent, ImportEvent, Proposal } from '../domain/index.js';

// What the proposal store answers, as schemas: the API sends these as they are, and its OpenAPI
// document and the dashboard's types are made from them.

/** What proposing an article's events did. */
export const ProposeResult = z.object({
  article: z.string(),
  /** True when this article (same id and text) was stored before: nothing was written. */
  already: z.boolean(),
  /** Another article with the very same text, when there is one: nothing was written. */
  duplicate_of: z.string().nullable(),
  proposed: z.array(z.string()),
  /** Proposals that joined a pending proposal from another article describing the same event. */
  grouped: z.array(z.string()),
  accepted: z.array(z.string()),
  /** Proposals without a date: they wait for a reviewer to set one. */
  undated: z.number().int().min(0),
  /** Events dated more than a year after their article: refused unless `allowFuture`. */
  future: z.number().int().min(0),
});
export type ProposeResult = z.infer<typeof ProposeResult>;

/** What accepting did: the event it became or merged into, the event before the merge, the sources added. */
export const AcceptResult = z.object({
  proposal: Proposal,
  event: ChronicleEvent,
  merged: z.boolean(),
  before: ChronicleEvent.nullable(),
  added_sources: z.array(z.string()),
  record: ImportEvent,
});
export type AcceptResult = z.infer<typeof AcceptResult>;

/** What accepting with some edits would store, and the event it would merge into; nothing written. */
export const ProposalPreview = z.object({ record: ImportEvent, merge_into: ChronicleEvent.nullable() });
export type ProposalPreview = z.infer<typeof ProposalPreview>;

/** One page of proposals in one status, and how many there are in all. */
export const ProposalPage = z.object({ total: z.number().int().min(0), proposals: z.array(Proposal) });
export type ProposalPage = z.infer<typeof ProposalPage>;
