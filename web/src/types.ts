// Shapes come from the zod schemas in src/domain (types only; nothing of Node is bundled).
import type { AuditEntry, ChronicleEvent, FeedStatus, Freshness, Leader, Member, Proposal, StatusOnDate } from '../../src/domain/index.js';
import type { WatchState } from '../../src/watch/index.js';

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
export type { WatchState };

/** One row of GET /api/members. */
export interface MemberRow {
  readonly code: string;
  readonly name: string;
  readonly iso_numeric: string | null;
  readonly status: StatusOnDate;
  readonly since: string | null;
  readonly intervals: Member['intervals'];
}

/** GET /api/meta. */
export interface Meta {
  readonly today: string;
  readonly events: number;
  readonly pack: { readonly version: string; readonly curated_to: string } | null;
  /** How fresh the data is: latest event, curation day, last feed poll, pending proposals, the latest data day. */
  readonly freshness: Freshness;
  /** True when the server follows feeds (`bloc serve --watch`). */
  readonly watching: boolean;
  /** The alliance the server's pack models: every alliance fact the dashboard shows comes from here. */
  readonly alliance: {
    readonly code: string;
    readonly name: string;
    readonly hegemon: string;
    readonly founded: string;
    readonly organisations: readonly { readonly code: string; readonly name: string; readonly role: string }[];
    readonly forums: readonly string[];
    readonly articles: readonly { readonly article: string; readonly asks: 'collective_defence' | 'consultation' }[];
  };
}

/** GET /api/events. */
export interface EventPage {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly events: readonly ChronicleEvent[];
}

/** GET /api/timeline without a member: every state's figure, parties or not (as in the CSV panel). */
export interface AllianceTimeline {
  readonly months: readonly {
    readonly month: string;
    readonly alliance: number;
    readonly members: Readonly<Record<string, number | null>>;
  }[];
}

/** GET /api/timeline?member=X. */
export interface MemberTimeline {
  readonly months: readonly {
    readonly month: string;
    readonly alliance: number;
    readonly cohesion: number | null;
    /** False in the months the state was not a party (not yet joined, or withdrawn). */
    readonly in_alliance: boolean;
    readonly components: Readonly<Record<string, number>>;
    /** Components that are only their documented prior that month: nothing on record fed them. */
    readonly prior_only: readonly string[];
  }[];
}

/** GET /api/members/{code}. */
export interface MemberDetail {
  readonly as_of: string;
  readonly member: MemberRow;
  readonly leaders_on: { readonly head_of_state: Leader | null; readonly head_of_government: Leader | null; readonly council_role: string };
  readonly leaders: readonly Leader[];
  readonly events: number;
}

/** GET /api/proposals/{id}. */
export interface ProposalDetail {
  readonly proposal: Proposal;
  readonly article: { readonly text: string; readonly span: { readonly start: number; readonly end: number } | null } | null;
  readonly merge_into: ChronicleEvent | null;
  readonly audit: readonly AuditEntry[];
}

/** POST /api/proposals/{id}/accept. */
export interface AcceptAnswer {
  readonly proposal: Proposal;
  readonly event: ChronicleEvent;
  readonly merged: boolean;
  readonly before: ChronicleEvent | null;
  readonly added_sources: readonly string[];
  readonly record: ChronicleEvent;
}

/** GET /api/feeds. */
export interface FeedsAnswer {
  readonly feeds: readonly FeedStatus[];
  readonly watcher: WatchState | null;
  readonly freshness: Freshness;
}

export type { Assessment, MemberStance, ReliabilityBin, RequestAssessment } from '../../src/model/index.js';
export type { SimResult, IndexBand } from '../../src/sim/index.js';
