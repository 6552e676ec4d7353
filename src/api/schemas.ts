import { z } from 'zod';
import {
  Article,
  IsoDay,
  LeaderRole,
  PROPOSAL_STATUSES,
  ProposalEdits,
  ReviewerName,
  SourceUrl,
  Threat,
  TreatyArticle,
  isActorCode,
  isTypeOrFamily,
} from '../domain/index.js';
import { Scenario } from '../sim/index.js';

/** An actor code in any case, upper-cased ("kgz" → "KGZ"). */
export const ActorParam = z
  .string()
  .transform((s) => s.toUpperCase())
  .refine(isActorCode, { message: 'unknown actor code (ISO 3166-1 alpha-3, or an organisation code)' });

/** A full event type (`exercise.held`) or a family (`exercise`). */
export const TypeParam = z.string().refine(isTypeOrFamily, { message: 'not an event type or family' });

/** Largest page of events one request may ask for. */
export const MAX_PAGE = 1000;

/** GET /api/events: the CLI's filters plus paging. */
export const EventsQuery = z.strictObject({
  asOf: IsoDay.optional(),
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  actor: ActorParam.optional(),
  type: TypeParam.optional(),
  /** Full-text search: every word must appear in the summary, evidence or source text. */
  q: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  /** `desc` gives the newest first, as the dashboard shows them. */
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

/** GET /api/members and /api/members/{code}. */
export const AsOfQuery = z.strictObject({ asOf: IsoDay.optional() });

/** GET /api/leaders. */
export const LeadersQuery = z.strictObject({ country: ActorParam.optional(), date: IsoDay.optional(), role: LeaderRole.optional() });

/** The domain's article as POST /api/extract and /api/ingest take it: id optional, a web URL, size limits. */
export const ArticleBody = Article.extend({
  id: Article.shape.id.max(200).optional(),
  title: z.string().max(1000).optional(),
  url: SourceUrl.optional(),
  text: z.string().min(1, 'empty article').max(500_000),
}).strict();
export type ArticleBody = z.infer<typeof ArticleBody>;

/** POST /api/ingest: an article, and whether its dated events go in without review (origin auto). */
export const IngestBody = ArticleBody.extend({ accept: z.boolean().optional() });

/** GET /api/proposals: one status (default pending) or all, newest article first. */
export const ProposalsQuery = z.strictObject({
  status: z.enum([...PROPOSAL_STATUSES, 'all']).default('pending'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** POST /api/proposals/{id}/preview: the edits to try. */
export const PreviewBody = z.strictObject({ edits: ProposalEdits.default({}) });

/** POST /api/proposals/{id}/accept: who accepts, with what edits. */
export const AcceptBody = z.strictObject({ reviewer: ReviewerName, edits: ProposalEdits.default({}) });

/** POST /api/proposals/{id}/reject: who rejects, and why (optional). */
export const RejectBody = z.strictObject({ reviewer: ReviewerName, reason: z.string().trim().min(1).max(2000).optional() });

/** POST /api/proposals/{id}/retract: who retracts, and why (required). */
export const RetractBody = z.strictObject({
  reviewer: ReviewerName,
  reason: z.string().trim().min(1, 'a retraction needs a reason').max(2000),
});

/** GET /api/audit. */
export const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(200),
  proposal: z.string().optional(),
});

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

/** GET /api/indicators: every figure as of one day, for the alliance or one member. */
export const IndicatorsQuery = z.strictObject({ asOf: IsoDay.optional(), member: ActorParam.optional() });

/** GET /api/timeline: the monthly cohesion series. */
export const TimelineQuery = z.strictObject({ from: Month.optional(), to: Month.optional(), member: ActorParam.optional() });

/** POST /api/assess: a request for assistance, as `bloc assess` takes it (`asked` defaults to the alliance). */
export const AssessBody = z.strictObject({
  requester: ActorParam,
  date: IsoDay,
  threat: Threat,
  asked: ActorParam.optional(),
  adversary: ActorParam.nullable().optional(),
  article: TreatyArticle.nullable().optional(),
});
export type AssessBody = z.infer<typeof AssessBody>;

/** Most runs one API request may ask for, so one client cannot hold the server for long. */
export const MAX_RUNS = 20_000;
/** Longest horizon in months one API request may ask for. */
export const MAX_HORIZON = 120;

/** POST /api/simulate: `bloc simulate`'s options, with runs and horizon bounded. */
export const SimulateBody = z.strictObject({
  as_of: IsoDay.optional(),
  horizon: z.number().int().min(1).max(MAX_HORIZON).default(36),
  runs: z.number().int().min(1).max(MAX_RUNS).default(2000),
  seed: z.number().int().min(0).max(4_294_967_295).default(1),
  scenario: Scenario.optional(),
});
export type SimulateBody = z.infer<typeof SimulateBody>;
