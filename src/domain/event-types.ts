import { z } from 'zod';
import { ActorCode } from './actors.js';

/** Threats a request for assistance can name (spec: assistance.requested details.threat). */
export const THREATS = ['external_attack', 'border_clash', 'internal_unrest', 'terrorism'] as const;
export const Threat = z.enum(THREATS);
export type Threat = z.infer<typeof Threat>;

/** What the alliance did about a request, from the strongest to nothing at all. */
export const OUTCOMES = ['deploy', 'mission', 'statement', 'none'] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

/** An article of the alliance's treaty by its number ("4"); what invoking it means is read from the pack's treaty provisions. */
export const TreatyArticle = z.string().regex(/^[0-9]+[a-z]?$/, 'expected an article number such as 4');
export const VOTES = ['yes', 'no', 'abstain', 'absent'] as const;
export const Vote = z.enum(VOTES);
export type Vote = z.infer<typeof Vote>;
export const DeploymentKind = z.enum(['mission', 'base', 'peacekeeping', 'border_guards']);

// Details are loose objects: the spec lets code add fields but fixes the meaning of the ones it names.
const none = z.looseObject({});
/** Where a request's article, threat and adversary were read: a report of the request made before any decision on it. */
const codedFrom = z.object({
  source: z.url({ protocol: /^https?$/ }),
  reported: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: z.string().optional(),
});
/** A death toll as it was reported on a day (all sides), so figures as of a date use the count known then. */
const fatalityReport = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fatalities: z.number().int().nonnegative(),
  source: z.url({ protocol: /^https?$/ }),
  note: z.string().optional(),
});
const membership = z.looseObject({
  rejoined: z.boolean().optional(),
  basis: z.enum(['de_jure', 'de_facto']).optional(),
});
const exercise = z.looseObject({
  name: z.string().optional(),
  participants: z.array(ActorCode).optional(),
});

/**
 * Every event type of ../shared/spec/events.md with its details schema, CAMEO code and PLOVER
 * category. Codes marked "no exact code"/"nearest" in the spec are bloc's own extension of CAMEO.
 */
export const EVENT_TYPES = {
  'membership.joined': { details: membership, cameo: '057', cameoExact: true, plover: 'AGREE' },
  'membership.frozen': { details: membership, cameo: '161', cameoExact: false, plover: 'SANCTION, withdraw' },
  'membership.suspended': { details: membership, cameo: '161', cameoExact: false, plover: 'SANCTION, withdraw' },
  'membership.withdrawal_announced': { details: membership, cameo: '1313', cameoExact: true, plover: 'THREATEN' },
  'membership.withdrew': { details: membership, cameo: '161', cameoExact: false, plover: 'SANCTION, withdraw' },
  'assistance.requested': {
    details: z.looseObject({
      article: TreatyArticle.optional(),
      threat: Threat.optional(),
      adversary: ActorCode.nullable().optional(),
      outcome: Outcome.optional(),
      coded_from: codedFrom.optional(),
      outcome_reported: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
    cameo: '0232 / 0234',
    cameoExact: true,
    plover: 'REQUEST',
  },
  'assistance.granted': {
    details: z.looseObject({ force: z.string().optional(), troops: z.number().int().nonnegative().optional() }),
    cameo: '074',
    cameoExact: true,
    plover: 'AID, peacekeeping',
  },
  'assistance.mission': { details: none, cameo: '042', cameoExact: false, plover: 'CONSULT' },
  'assistance.declined': { details: none, cameo: '1222 / 1224', cameoExact: true, plover: 'REJECT, assist' },
  'assistance.refused_by_requester': { details: none, cameo: '1212', cameoExact: true, plover: 'REJECT, assist' },
  'deployment.started': {
    details: z.looseObject({ troops: z.number().int().nonnegative().optional(), kind: DeploymentKind.optional() }),
    cameo: '074',
    cameoExact: true,
    plover: 'AID, peacekeeping',
  },
  'deployment.ended': {
    details: z.looseObject({ kind: DeploymentKind.optional() }),
    cameo: '0874 / 1661',
    cameoExact: true,
    plover: 'RETREAT / SANCTION, expel',
  },
  'exercise.held': { details: exercise, cameo: '062', cameoExact: true, plover: 'COOPERATE, military' },
  'exercise.cancelled': { details: exercise, cameo: '1212', cameoExact: true, plover: 'REJECT, military' },
  'exercise.boycotted': { details: exercise, cameo: '1212', cameoExact: true, plover: 'REJECT, military' },
  'summit.absent': {
    details: z.looseObject({ meeting: z.string().optional() }),
    cameo: '125',
    cameoExact: false,
    plover: 'REJECT',
  },
  'declaration.refused': {
    details: z.looseObject({ document: z.string().optional() }),
    cameo: '125',
    cameoExact: false,
    plover: 'REJECT',
  },
  clash: {
    details: z.looseObject({
      fatalities: z.number().int().nonnegative().optional(),
      fatalities_reported: z.array(fatalityReport).optional(),
      fatalities_as_of: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      claimed_by: ActorCode.optional(),
    }),
    cameo: '190',
    cameoExact: true,
    plover: 'ASSAULT',
  },
  'alignment.diverged': { details: none, cameo: '111 / 1212', cameoExact: true, plover: 'ACCUSE / REJECT' },
  'alignment.supported': { details: none, cameo: '051', cameoExact: true, plover: 'SUPPORT' },
  'un.vote': {
    details: z.looseObject({ resolution: z.string(), vote: Vote }),
    cameo: '',
    cameoExact: false,
    plover: '',
  },
  'external.cooperation': { details: none, cameo: '062 / 057', cameoExact: true, plover: 'COOPERATE' },
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];
export const EventTypeName = z.enum(EVENT_TYPE_NAMES);

/** The families of event types, the part before the dot ("exercise"), in EVENT_TYPES order. */
export const EVENT_FAMILIES: readonly string[] = [...new Set(EVENT_TYPE_NAMES.map((t) => t.split('.')[0]!))];

/** True for a full event type (`exercise.held`) or a family (`exercise`), as the event filters take them. */
export function isTypeOrFamily(s: string): boolean {
  return (EVENT_TYPE_NAMES as readonly string[]).includes(s) || EVENT_FAMILIES.includes(s);
}
