// Every shape the dashboard reads is the API's own response schema (src/api/responses.ts), taken as
// a type only: nothing of zod or Node is bundled, and a field the API adds or drops shows up here.
import type { z } from 'zod';
import type { responses as api } from '../../src/api/index.js';

export type { ChronicleEvent, CodedEvent, Leader, Member, StatusOnDate } from '../../src/domain/index.js';
export type { Assessment, MemberStance, ReliabilityBin, RequestAssessment } from '../../src/model/index.js';
export type { SimResult, IndexBand } from '../../src/sim/index.js';

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
/** One event of POST /api/extract. */
export type Extracted = z.output<typeof api.Extracted>;
