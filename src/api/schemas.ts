import { z } from 'zod';
import {
  Article,
  ImportEvent,
  IsoDay,
  LeaderRole,
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

const eventStrict = ImportEvent.options.map((o) =>
  o.extend({ source: z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^article:\S+$/)]) }).strict(),
);

/**
 * An extracted event as the reviewer sends it back: the import record, with no unknown fields,
 * and a source that may be `article:<id>` when the article had no URL.
 */
export const ReviewedEvent = z.discriminatedUnion(
  'type',
  eventStrict as unknown as [(typeof eventStrict)[number], ...(typeof eventStrict)[number][]],
);
export type ReviewedEvent = z.infer<typeof ReviewedEvent>;

/** POST /api/review: accept or reject one extracted event, saying who decided. */
export const ReviewBody = z.strictObject({
  decision: z.enum(['accepted', 'rejected']),
  reviewer: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^\u0000-\u001f]+$/, 'no control characters'),
  event: ReviewedEvent,
});
export type ReviewBody = z.infer<typeof ReviewBody>;

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
