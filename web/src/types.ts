// Every shape the dashboard reads is the API's own response schema (src/api/responses.ts), taken as
// a type only: nothing of zod or Node is bundled, and a field the API adds or drops shows up here.
import type { z } from 'zod';
import type { responses as api } from '../../src/api/index.js';

export type {
  AuditEntry,
  ChronicleEvent,
  CodedEvent,
  DataGap,
  FeedStatus,
  Freshness,
  Leader,
  Member,
  Proposal,
  ProposalEdits,
  StatusOnDate,
} from '../../src/domain/index.js';
export type { MemberStance, ReliabilityBin } from '../../src/model/index.js';
export type { IndexBand } from '../../src/sim/index.js';

/** One row of GET /api/members. */
export type MemberRow = z.output<typeof api.MemberRow>;
/** GET /api/meta. */
export type Meta = z.output<typeof api.Meta>;
/** GET /api/events. */
export type EventPage = z.output<typeof api.EventPage>;
/** GET /api/timeline without a member. */
export type AllianceTimeline = z.output<typeof api.AllianceTimeline>;
/** GET /api/timeline?member=X. */
export type MemberTimeline = z.output<typeof api.MemberTimeline>;
/** GET /api/members/{code}. */
export type MemberDetail = z.output<typeof api.MemberDetail>;
/** POST /api/assess: the model's assessment and the data gap, if any. */
export type Assessment = z.output<typeof api.Assessment>;
/** POST /api/simulate: the simulation and the data gap, if any. */
export type Simulation = z.output<typeof api.Simulation>;
/** One event of POST /api/extract. */
export type Extracted = z.output<typeof api.Extracted>;
/** POST /api/ingest. */
export type Ingestion = z.output<typeof api.Ingestion>;
/** GET /api/proposals. */
export type ProposalList = z.output<typeof api.ProposalList>;
/** GET /api/proposals/{id}. */
export type ProposalDetail = z.output<typeof api.ProposalDetail>;
/** POST /api/proposals/{id}/preview. */
export type ProposalPreview = z.output<typeof api.ProposalPreview>;
/** POST /api/proposals/{id}/accept. */
export type Acceptance = z.output<typeof api.Acceptance>;
/** GET /api/audit. */
export type AuditLog = z.output<typeof api.AuditLog>;
/** GET /api/feeds. */
export type FeedList = z.output<typeof api.FeedList>;
/** The watcher's state in GET /api/feeds. */
export type WatchState = z.output<typeof api.WatchState>;
