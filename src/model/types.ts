import { z } from 'zod';
import { ActorCode, IsoDay, Threat, TreatyArticle, type Outcome } from '../domain/index.js';

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

/** How the decision is taken: Council consensus, the hegemon alone, or the Secretariat's own call. */
export type Route = 'council' | 'hegemon' | 'secretariat';

/** The legal framing chosen: aggression (Art. 4, collective defence), consultation (Art. 2), or none. */
export type Framing = 'aggression' | 'consultation' | 'none';

/** A probability for each outcome; the four sum to 1. */
export type Distribution = Readonly<Record<Outcome, number>>;

/** Per-action numbers (utility or contribution to it); `none` is always 0. */
export type PerAction = Readonly<Record<Action, number>>;

/** One member's stance: utilities, the factors behind them, and how likely it accepts each action. */
export interface MemberStance {
  readonly code: string;
  readonly role: 'requester' | 'hegemon' | 'adversary' | 'member';
  readonly votes: boolean;
  /** The outcome the member prefers most: the action with the highest utility over doing nothing, else none. */
  readonly stance: Outcome;
  readonly utility: PerAction;
  readonly accept: PerAction;
  readonly accept_framing: number;
  readonly contributions: Readonly<Record<string, PerAction>>;
}

/** What `assess()` returns: the outcome distribution and everything that explains it. */
export interface Assessment {
  readonly request: CrisisRequest;
  readonly as_of: string;
  readonly route: Route;
  readonly framing: { readonly chosen: Framing; readonly p_aggression: number };
  readonly distribution: Distribution;
  readonly modal: Outcome;
  readonly members: readonly MemberStance[];
  /** Only for a crisis with no request: the Secretariat's utility for a call for calm over silence, by factor. */
  readonly call_for_calm?: { readonly open: boolean; readonly utility: number; readonly contributions: Readonly<Record<string, number>> };
  readonly reasons: readonly string[];
}
