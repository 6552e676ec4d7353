import { z } from 'zod';
import { ActorCode } from './actors.js';
import { IsoDay } from './dates.js';
import { uriForm } from './web-address.js';

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
// Beside the spec's fields, each type names the ones the chronicle's records carry (docs/data-pack.md),
// so code reads them typed; all are optional.
const chronicle = {
  /** What the curator checked and why a figure or day was chosen, in bloc's words. */
  note: z.string().optional(),
  /** Ties the events of one crisis together (a request, its answer, the fighting): `arm-aze-2022-09-attack`. */
  episode: z.string().optional(),
};
/** For the answers to a request: the id of the `assistance.requested` event they answer. */
const answer = { ...chronicle, request: z.string().optional() };
const none = z.looseObject(chronicle);
/** Where a request's article, threat and adversary were read: a report of the request made before any decision on it. */
const codedFrom = z.object({
  source: z.url({ protocol: /^https?$/ }).overwrite(uriForm),
  reported: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: z.string().optional(),
});
/** A death toll as it was reported on a day (all sides), so figures as of a date use the count known then. */
const fatalityReport = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fatalities: z.number().int().nonnegative(),
  source: z.url({ protocol: /^https?$/ }).overwrite(uriForm),
  note: z.string().optional(),
});
const membership = z.looseObject({
  ...chronicle,
  rejoined: z.boolean().optional(),
  basis: z.enum(['de_jure', 'de_facto']).optional(),
  /** A founding party's accession (with the treaty's `instrument` id). */
  founding: z.boolean().optional(),
  instrument: z.string().optional(),
  /** How a withdrawal came about (`non_renewal`), whether a formal notice was given, and whether the status stayed as it was. */
  mechanism: z.string().optional(),
  formal_notice: z.boolean().optional(),
  status_unchanged: z.boolean().optional(),
});
const exercise = z.looseObject({
  ...chronicle,
  name: z.string().optional(),
  participants: z.array(ActorCode).optional(),
  /** The named drills of a combined exercise, and the series a drill was held under. */
  components: z.array(z.string()).optional(),
  umbrella: z.string().optional(),
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
      ...chronicle,
      article: TreatyArticle.optional(),
      threat: Threat.optional(),
      adversary: ActorCode.nullable().optional(),
      outcome: Outcome.optional(),
      coded_from: codedFrom.optional(),
      outcome_reported: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      /** A request to the hegemon under a bilateral treaty: that treaty, and the article it cites. */
      treaty: z.string().nullable().optional(),
      treaty_article: TreatyArticle.optional(),
      /** What was asked for, how, and how the requester framed the threat, in bloc's words. */
      request_for: z.string().optional(),
      channel: z.string().optional(),
      framed_as: z.string().optional(),
    }),
    cameo: '0232 / 0234',
    cameoExact: true,
    plover: 'REQUEST',
  },
  'assistance.granted': {
    details: z.looseObject({
      ...answer,
      force: z.string().optional(),
      troops: z.number().int().nonnegative().optional(),
      article: TreatyArticle.optional(),
    }),
    cameo: '074',
    cameoExact: true,
    plover: 'AID, peacekeeping',
  },
  'assistance.mission': {
    /** `kind`: what was sent (a fact-finding mission, a task force); `led_by`: who led it. */
    details: z.looseObject({ ...answer, kind: z.string().optional(), led_by: z.string().optional() }),
    cameo: '042',
    cameoExact: false,
    plover: 'CONSULT',
  },
  'assistance.declined': {
    details: z.looseObject({ ...answer, declined: z.string().optional() }),
    cameo: '1222 / 1224',
    cameoExact: true,
    plover: 'REJECT, assist',
  },
  'assistance.refused_by_requester': {
    details: z.looseObject({ ...answer, offer: z.string().optional() }),
    cameo: '1212',
    cameoExact: true,
    plover: 'REJECT, assist',
  },
  'deployment.started': {
    details: z.looseObject({
      ...answer,
      troops: z.number().int().nonnegative().optional(),
      kind: DeploymentKind.optional(),
      force: z.string().optional(),
      facility: z.string().optional(),
      /** The states whose troops took part. */
      contingents: z.array(ActorCode).optional(),
    }),
    cameo: '074',
    cameoExact: true,
    plover: 'AID, peacekeeping',
  },
  'deployment.ended': {
    details: z.looseObject({
      ...answer,
      kind: DeploymentKind.optional(),
      /** The days the end was announced, agreed, and the pull-out began, where they differ from the event's date. */
      announced: IsoDay.optional(),
      agreed: IsoDay.optional(),
      withdrawal_began: IsoDay.optional(),
    }),
    cameo: '0874 / 1661',
    cameoExact: true,
    plover: 'RETREAT / SANCTION, expel',
  },
  'exercise.held': { details: exercise, cameo: '062', cameoExact: true, plover: 'COOPERATE, military' },
  'exercise.cancelled': { details: exercise, cameo: '1212', cameoExact: true, plover: 'REJECT, military' },
  'exercise.boycotted': { details: exercise, cameo: '1212', cameoExact: true, plover: 'REJECT, military' },
  'summit.absent': {
    details: z.looseObject({
      ...chronicle,
      /** The summit's id in summits.jsonl, or its name. */
      meeting: z.string().optional(),
      /** A meeting below heads of state (`foreign_ministers`), and the reason given. */
      level: z.string().optional(),
      reason: z.string().optional(),
    }),
    cameo: '125',
    cameoExact: false,
    plover: 'REJECT',
  },
  'declaration.refused': {
    details: z.looseObject({ ...chronicle, document: z.string().optional(), meeting: z.string().optional() }),
    cameo: '125',
    cameoExact: false,
    plover: 'REJECT',
  },
  clash: {
    details: z.looseObject({
      ...chronicle,
      fatalities: z.number().int().nonnegative().optional(),
      fatalities_reported: z.array(fatalityReport).optional(),
      fatalities_as_of: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      claimed_by: ActorCode.optional(),
      /** A crisis on a member's soil that the crisis model counts, with or without a request. */
      crisis: z.boolean().optional(),
      /** What the alliance did about a crisis with no request. */
      alliance_response: Outcome.optional(),
      /** A war (it weighs on the hegemon's capacity until `ended`), and other forms of fighting (`incursion`, `airstrike`). */
      war: z.boolean().optional(),
      ended: IsoDay.optional(),
      kind: z.string().optional(),
      annexation: IsoDay.optional(),
      /** The request made over this fighting, to whom, and whether before or after it (`after`). */
      request: z.string().optional(),
      request_target: ActorCode.optional(),
      request_timing: z.string().optional(),
    }),
    cameo: '190',
    cameoExact: true,
    plover: 'ASSAULT',
  },
  'alignment.diverged': { details: none, cameo: '111 / 1212', cameoExact: true, plover: 'ACCUSE / REJECT' },
  'alignment.supported': { details: none, cameo: '051', cameoExact: true, plover: 'SUPPORT' },
  'un.vote': {
    details: z.looseObject({
      ...chronicle,
      resolution: z.string(),
      vote: Vote,
      /** The draft's symbol, the resolution's title, and the tally (yes-no-abstain). */
      draft: z.string().optional(),
      title: z.string().optional(),
      tally: z.string().optional(),
    }),
    cameo: '',
    cameoExact: false,
    plover: '',
  },
  'external.cooperation': {
    details: z.looseObject({
      ...chronicle,
      /** What sort of tie (`arms`, `exercise`, `base`, `agreement`, ...): the crisis model reads it. */
      kind: z.string().optional(),
      name: z.string().optional(),
      participants: z.array(ActorCode).optional(),
      place: z.string().optional(),
      system: z.string().optional(),
    }),
    cameo: '062 / 057',
    cameoExact: true,
    plover: 'COOPERATE',
  },
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
