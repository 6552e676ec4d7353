import { z } from 'zod';
import {
  Basis,
  ChronicleEvent,
  CodedEvent,
  EventCodes,
  ImportEvent,
  IsoDay,
  IsoInstant,
  Leader,
  LeaderRole,
  Member,
  OrganisationCode,
  Organisation,
  PackManifest,
  StateCode,
  StatusOnDate,
  Summit,
  Treaty,
  TreatyArticle,
} from '../domain/index.js';
import { AsOfResult } from '../indicators/index.js';
import { RequestAssessment } from '../model/index.js';
import { SimResult } from '../sim/index.js';
import { ReviewedEvent } from './schemas.js';

// What every route answers. The OpenAPI document and the dashboard's types are made from these,
// and the route test checks every answer against them; results of other layers are their schemas.

/** Every failure: a message, and the located issues of a refused input. */
export const ErrorBody = z.object({
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** GET /api/meta: the server's day, the pack, and the alliance facts the dashboard shows. */
export const Meta = z.object({
  today: IsoDay,
  pack: PackManifest.nullable(),
  alliance: z.object({
    code: OrganisationCode,
    name: z.string(),
    hegemon: StateCode,
    founded: IsoDay,
    organisations: z.array(Organisation),
    forums: z.array(OrganisationCode),
    /** The articles a request can invoke, and what each asks for. */
    articles: z.array(z.object({ article: TreatyArticle, asks: z.enum(['collective_defence', 'consultation']) })),
  }),
  events: z.number().int(),
});

/** A member with its status on the day and the world-atlas id of its country (ISO numeric). */
export const MemberRow = Member.pick({ code: true, name: true, cow: true, intervals: true }).extend({
  iso_numeric: z.string().nullable(),
  status: StatusOnDate,
  basis: Basis.nullable(),
  since: IsoDay.nullable(),
});

/** GET /api/members. */
export const MemberList = z.object({ as_of: IsoDay, members: z.array(MemberRow) });

/** GET /api/members/{code}. */
export const MemberDetail = z.object({
  as_of: IsoDay,
  member: MemberRow,
  leaders_on: z.object({ head_of_state: Leader.nullable(), head_of_government: Leader.nullable(), council_role: LeaderRole }),
  leaders: z.array(Leader),
  /** Events with the member as actor or target. */
  events: z.number().int(),
});

/** GET /api/leaders. */
export const LeaderList = z.object({ leaders: z.array(Leader.extend({ country_name: z.string() })) });

/** GET /api/summits. */
export const SummitList = z.object({ summits: z.array(Summit) });

/** GET /api/treaty. */
export { Treaty };

/** GET /api/events/{id}; the coder's records, and import records as stored and reviewed, named once in the document. */
export { ChronicleEvent, CodedEvent, ImportEvent, ReviewedEvent };

/** An event as the API gives it: the chronicle's record plus its standard codes (docs/exports.md). */
export const CodedChronicleEvent = z.intersection(ChronicleEvent, z.object({ codes: EventCodes }));

/** GET /api/events: one page of the chronicle. */
export const EventPage = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  order: z.enum(['asc', 'desc']),
  events: z.array(CodedChronicleEvent),
});

/** GET /api/indicators. */
export const Indicators = AsOfResult;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** GET /api/timeline without a member: the alliance's index and each member's, by month (null: not a party). */
export const AllianceTimeline = z.object({
  member: z.null(),
  months: z.array(z.object({ month, alliance: z.number(), members: z.record(z.string(), z.number().nullable()) })),
});

/** GET /api/timeline?member=X: the member's index and its components, by month. */
export const MemberTimeline = z.object({
  member: z.string(),
  months: z.array(z.object({ month, alliance: z.number(), cohesion: z.number().nullable(), components: z.record(z.string(), z.number()) })),
});

/** GET /api/timeline. */
export const Timeline = z.union([AllianceTimeline, MemberTimeline]);

/** POST /api/assess. */
export const Assessment = RequestAssessment;

/** POST /api/simulate. */
export const Simulation = SimResult;

const articleRef = z.object({ id: z.string(), date: IsoDay });

/** One coded event of POST /api/extract: the coder's record, the import record a reviewer would accept, and where its evidence sits. */
export const Extracted = z.object({
  coded: CodedEvent,
  draft: ReviewedEvent,
  span: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});

/** POST /api/extract. */
export const Extraction = z.object({ article: articleRef, events: z.array(Extracted) });

/** POST /api/ingest. */
export const Ingestion = z.object({
  article: articleRef,
  inserted: z.array(z.string()),
  merged: z.array(z.string()),
  undated: z.number().int(),
  already: z.boolean(),
});

const decision = z.enum(['accepted', 'rejected']);

/** POST /api/review: the decision as recorded. */
export const ReviewRecord = z.object({
  seq: z.number().int(),
  event_id: z.string(),
  decision,
  merged: z.boolean(),
  at: IsoInstant,
  reviewer: z.string(),
});

/** GET /api/reviews: the latest decisions, newest first. */
export const ReviewList = z.object({
  reviews: z.array(
    z.object({ seq: z.number().int(), event_id: z.string(), decision, reviewer: z.string(), at: IsoInstant, record: ImportEvent }),
  ),
});

/** GET /api/openapi.json. */
export const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({}),
  paths: z.record(z.string(), z.looseObject({})),
});
