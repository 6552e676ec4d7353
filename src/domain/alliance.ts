import { z } from 'zod';
import { ActorCode, OrganisationCode, StateCode } from './actors.js';
import { IsoDay } from './dates.js';
import { SourceUrl } from './web-address.js';

/** The statuses a state can hold towards the alliance (issue 2). */
export const MEMBER_STATUSES = ['member', 'suspended', 'frozen', 'withdrawal_announced', 'withdrawn'] as const;
export const MemberStatus = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof MemberStatus>;

/** A status on a date, including the time before a state first joined. */
export const StatusOnDate = z.enum([...MEMBER_STATUSES, 'not_joined']);
export type StatusOnDate = z.infer<typeof StatusOnDate>;

/** de jure: a formal notice or decision; de facto: declared or practised with no formal act. */
export const Basis = z.enum(['de_jure', 'de_facto']);
export type Basis = z.infer<typeof Basis>;

export const StatusInterval = z.object({
  status: MemberStatus,
  from: IsoDay,
  /** Last day in this status; null while it lasts. */
  to: IsoDay.nullable(),
  basis: Basis,
  source: SourceUrl,
  note: z.string().optional(),
});
export type StatusInterval = z.infer<typeof StatusInterval>;

export const Member = z.object({
  code: StateCode,
  name: z.string(),
  /** Correlates of War state code, for panel merges. */
  cow: z.number().int().positive(),
  intervals: z.array(StatusInterval).min(1),
});
export type Member = z.infer<typeof Member>;

export const LeaderRole = z.enum(['head_of_state', 'head_of_government']);
export type LeaderRole = z.infer<typeof LeaderRole>;

export const Leader = z.object({
  country: StateCode,
  role: LeaderRole,
  name: z.string().min(1),
  /** Other spellings and surnames a text may use ("Japarov" for Zhaparov). */
  aliases: z.array(z.string()).default([]),
  from: IsoDay,
  /** Last day in office; null while in office. */
  to: IsoDay.nullable(),
  acting: z.boolean().optional(),
  source: SourceUrl,
  sources: z.array(SourceUrl).optional(),
  note: z.string().optional(),
});
export type Leader = z.infer<typeof Leader>;

/** Which office represents a member on the Collective Security Council from a date. */
export const CouncilSeat = z.object({
  country: StateCode,
  role: LeaderRole,
  from: IsoDay,
  to: IsoDay.nullable(),
  source: SourceUrl,
  note: z.string().optional(),
});
export type CouncilSeat = z.infer<typeof CouncilSeat>;

/** The rules the crisis model executes; `rule` says what the model does with each. */
export const ProvisionRule = z.enum([
  'consultation',
  'collective_defence',
  'consensus',
  'withdrawal_notice',
  'host_consent',
  'suspension',
  'other',
]);
export const TreatyProvision = z.object({
  id: z.string(),
  instrument: z.string(),
  article: z.string(),
  title: z.string(),
  summary: z.string(),
  rule: ProvisionRule,
  /** Numeric parameter of the rule, e.g. notice months for withdrawal. */
  parameter: z.number().optional(),
  source: SourceUrl,
});
export type TreatyProvision = z.infer<typeof TreatyProvision>;

export const Instrument = z.object({
  id: z.string(),
  name: z.string(),
  signed: IsoDay,
  in_force: IsoDay.nullable(),
  place: z.string(),
  summary: z.string(),
  source: SourceUrl,
  note: z.string().optional(),
});
export type Instrument = z.infer<typeof Instrument>;

export const Treaty = z.object({
  instruments: z.array(Instrument),
  provisions: z.array(TreatyProvision),
});
export type Treaty = z.infer<typeof Treaty>;

export const Organ = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['decision', 'executive', 'consultative', 'military', 'force', 'parliamentary']),
  established: IsoDay.nullable(),
  summary: z.string(),
  /** For forces: nominal strength where a source gives one. */
  strength: z.number().int().positive().optional(),
  source: SourceUrl,
});
export type Organ = z.infer<typeof Organ>;

/** A meeting of heads of state or government, for attendance denominators. */
export const Summit = z.object({
  id: z.string(),
  date: IsoDay,
  /** One of the pack's organisations whose role is `alliance` or `forum`. */
  forum: OrganisationCode,
  place: z.string(),
  /** States whose leader stayed away. */
  absent: z.array(ActorCode).default([]),
  /** States that refused to sign the main declaration. */
  refused_to_sign: z.array(ActorCode).default([]),
  /** False when no source said who attended: then `absent` is unknown, not empty. */
  attendance_checked: z.boolean().default(true),
  note: z.string().optional(),
  source: SourceUrl,
});
export type Summit = z.infer<typeof Summit>;

/**
 * An organisation the pack's events may name: the alliance itself, a forum whose summits count for
 * participation, or an outside body (a partner, the UN).
 */
export const Organisation = z.object({
  code: OrganisationCode,
  name: z.string().min(1),
  role: z.enum(['alliance', 'forum', 'outside']),
  /** Whether the coder reads a leader's staying away from its summits as `summit.absent` (default: not for outside bodies). */
  summits: z.boolean().optional(),
});
export type Organisation = z.infer<typeof Organisation>;

/** A coder language the pack has resources for (a folder `lang/<code>/`). */
export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as en or ru');
export type LanguageCode = z.infer<typeof LanguageCode>;

export const PackManifest = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'pack names are lower-case letters, digits and -'),
    version: z.string(),
    description: z.string(),
    /** The last date the pack's curators checked the chronicle against the news. */
    curated_to: IsoDay,
    /** The alliance the pack models: its own code among `organisations`, and the state that leads it. */
    alliance: z.object({ code: OrganisationCode, name: z.string().min(1), hegemon: StateCode }),
    organisations: z.array(Organisation).min(1),
    /** Languages the coder reads, each with a folder of resources under `lang/`. */
    languages: z.array(LanguageCode).min(1),
  })
  .superRefine((m, ctx) => {
    const own = m.organisations.filter((o) => o.role === 'alliance');
    if (own.length !== 1 || own[0]!.code !== m.alliance.code)
      ctx.addIssue({
        code: 'custom',
        path: ['organisations'],
        message: `exactly one organisation has role alliance, and it is ${m.alliance.code}`,
      });
  });
export type PackManifest = z.infer<typeof PackManifest>;
