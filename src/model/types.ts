import { z } from 'zod';
import { ActorCode, IsoDay, Outcome, Threat, TreatyArticle } from '../domain/index.js';

/** The options a decision can produce, strongest first; `none` is the status quo every utility is measured against. */
export const ACTIONS = ['deploy', 'mission', 'statement'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Who a request goes to: the alliance's Council (the alliance's code) or the hegemon directly
 * (its code); `null` in a request is a crisis with no request. Which codes qualify is the pack's
 * to say: see `askable()`.
 */
export const Asked = ActorCode;
export type Asked = z.infer<typeof Asked>;

/** A crisis as the model sees it: `asked: null` is a crisis on a member's soil with no request. */
export const CrisisRequest = z.object({
  requester: ActorCode,
  asked: Asked.nullable(),
  date: IsoDay,
  threat: Threat,
  adversary: ActorCode.nullable(),
  article: TreatyArticle.nullable(),
  /** Deaths in the fighting, all sides (the clash's `details.fatalities`); absent or null when none are recorded. */
  fatalities: z.number().min(0).nullable().optional(),
});
export type CrisisRequest = z.infer<typeof CrisisRequest>;

// The results below are zod schemas, so the API's responses and its OpenAPI document are built
// from them; the model builds the values and nothing parses them on the way out.

/** How the decision is taken: Council consensus, the hegemon alone, or the Secretariat's own call. */
export const Route = z.enum(['council', 'hegemon', 'secretariat']);
export type Route = z.infer<typeof Route>;

/** The legal framing chosen: aggression (Art. 4, collective defence), consultation (Art. 2), or none. */
export const Framing = z.enum(['aggression', 'consultation', 'none']);
export type Framing = z.infer<typeof Framing>;

/** A probability for each outcome; the four sum to 1. */
export const Distribution = z.object({ deploy: z.number(), mission: z.number(), statement: z.number(), none: z.number() }).readonly();
export type Distribution = z.infer<typeof Distribution>;

/** Per-action numbers (utility or contribution to it); `none` is always 0. */
export const PerAction = z.object({ deploy: z.number(), mission: z.number(), statement: z.number() }).readonly();
export type PerAction = z.infer<typeof PerAction>;

/** One member's stance: utilities, the factors behind them, and how likely it accepts each action. */
export const MemberStance = z.object({
  code: z.string(),
  role: z.enum(['requester', 'hegemon', 'adversary', 'member']),
  votes: z.boolean(),
  /** The outcome the member prefers most: the action with the highest utility over doing nothing, else none. */
  stance: Outcome,
  utility: PerAction,
  accept: PerAction,
  accept_framing: z.number(),
  contributions: z.record(z.string(), PerAction),
});
export type MemberStance = z.infer<typeof MemberStance>;

/** What `assess()` returns: the outcome distribution and everything that explains it. */
export const Assessment = z.object({
  request: CrisisRequest,
  as_of: IsoDay,
  route: Route,
  framing: z.object({ chosen: Framing, p_aggression: z.number() }),
  distribution: Distribution,
  modal: Outcome,
  members: z.array(MemberStance),
  /** Only for a crisis with no request: the Secretariat's utility for a call for calm over silence, by factor. */
  call_for_calm: z.object({ open: z.boolean(), utility: z.number(), contributions: z.record(z.string(), z.number()) }).optional(),
  reasons: z.array(z.string()),
});
export type Assessment = z.infer<typeof Assessment>;
