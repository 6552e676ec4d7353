import { z } from 'zod';
import {
  AuditEntry,
  Basis,
  ChronicleEvent,
  CodedEvent,
  DataGap,
  EventCodes,
  FeedStatus,
  Freshness,
  ImportEvent,
  IsoDay,
  IsoInstant,
  Leader,
  LeaderRole,
  Member,
  OrganisationCode,
  Organisation,
  PackManifest,
  Proposal,
  SourceRef,
  StateCode,
  StatusOnDate,
  Summit,
  Treaty,
  TreatyArticle,
} from '../domain/index.js';
import { AsOfResult, COMPONENTS } from '../indicators/index.js';
import { RequestAssessment } from '../model/index.js';
import { SimResult } from '../sim/index.js';
import { AcceptResult, ProposalPage, ProposalPreview, ProposeResult } from '../store/index.js';
import { CycleSummary, WatchState } from '../watch/index.js';

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
  freshness: Freshness,
  /** True when the server follows feeds (`bloc serve --watch`). */
  watching: z.boolean(),
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

/** GET /api/events/{id}; the coder's records, import records, and the review queue's records, named once in the document. */
export { AuditEntry, ChronicleEvent, CodedEvent, CycleSummary, DataGap, FeedStatus, Freshness, ImportEvent, Proposal, WatchState };

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

/** How far the day asked for lies past the chronicle's latest event (null: the data reaches it). */
const data_gap = DataGap.nullable();

/** GET /api/indicators. */
export const Indicators = AsOfResult.extend({ data_gap });

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** GET /api/timeline without a member: the alliance's index and every state's figure, parties or not (as in the CSV panel), by month. */
export const AllianceTimeline = z.object({
  member: z.null(),
  months: z.array(z.object({ month, alliance: z.number(), members: z.record(z.string(), z.number()), extrapolated: z.boolean() })),
  latest_event: IsoDay.nullable(),
});

/** GET /api/timeline?member=X: the member's index and its components, by month. */
export const MemberTimeline = z.object({
  member: z.string(),
  months: z.array(
    z.object({
      month,
      alliance: z.number(),
      /** The state's figure, a party that month or not; null when the series has no row for it. */
      cohesion: z.number().nullable(),
      /** False in the months the state was not a party (not yet joined, or withdrawn). */
      in_alliance: z.boolean(),
      components: z.record(z.string(), z.number()),
      /** Components that are only their documented prior that month: nothing on record fed them. */
      prior_only: z.array(z.enum(COMPONENTS)),
      /** After the chronicle's latest event: the state carried forward, not observed. */
      extrapolated: z.boolean(),
    }),
  ),
  latest_event: IsoDay.nullable(),
});

/** GET /api/timeline. */
export const Timeline = z.union([AllianceTimeline, MemberTimeline]);

/** POST /api/assess. */
export const Assessment = RequestAssessment.extend({ data_gap });

/** POST /api/simulate. */
export const Simulation = SimResult.extend({ data_gap });

const articleRef = z.object({ id: z.string(), date: IsoDay });

/**
 * A coded event as a draft for the reviewer: only what the text gave (a null date stays null), its
 * source (the article's URL or `article:<id>`), bloc's draft summary and the day it was reported; never the
 * language the coder read, which stays with the coded record.
 */
export const Draft = z.intersection(CodedEvent, z.object({ source: SourceRef, summary: z.string(), reported: IsoDay }));

/** One coded event of POST /api/extract: the coder's record, its draft, and where its evidence sits. */
export const Extracted = z.object({
  coded: CodedEvent,
  draft: Draft,
  span: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});

/** POST /api/extract. */
export const Extraction = z.object({ article: articleRef, events: z.array(Extracted) });

/** POST /api/ingest: what proposing the article's events did. */
export const Ingestion = ProposeResult.extend({ article: articleRef });

/** GET /api/proposals. */
export const ProposalList = ProposalPage;

/** GET /api/proposals/{id}: the proposal, its article with the evidence span, its merge target and audit entries. */
export const ProposalDetail = z.object({
  proposal: Proposal,
  article: z.object({ text: z.string(), span: z.object({ start: z.number().int(), end: z.number().int() }).nullable() }).nullable(),
  merge_into: ChronicleEvent.nullable(),
  audit: z.array(AuditEntry),
});

/** POST /api/proposals/{id}/preview. */
export { ProposalPreview };

/** POST /api/proposals/{id}/accept. */
export const Acceptance = AcceptResult;

/** POST /api/proposals/{id}/reject and /retract: the proposal as it now stands. */
export const ProposalDecided = z.object({ proposal: Proposal });

/** GET /api/audit: the audit log, newest first. */
export const AuditLog = z.object({ entries: z.array(AuditEntry) });

/** GET /api/reviews: the latest accept decisions, newest first. */
export const ReviewList = z.object({
  reviews: z.array(
    z.object({
      seq: z.number().int(),
      event_id: z.string(),
      decision: z.enum(['accepted', 'rejected']),
      reviewer: z.string(),
      at: IsoInstant,
      record: ImportEvent,
    }),
  ),
});

/** GET /api/feeds: each followed feed, the watcher's state under `bloc serve --watch`, and freshness. */
export const FeedList = z.object({ feeds: z.array(FeedStatus), watcher: WatchState.nullable(), freshness: Freshness });

/** POST /api/feeds/poll: the pass over every feed. */
export const FeedPoll = z.object({ summary: CycleSummary });

/** GET /api/openapi.json. */
export const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({}),
  paths: z.record(z.string(), z.looseObject({})),
});
