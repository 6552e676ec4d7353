import countries from 'i18n-iso-countries';
import { z } from 'zod';

/** Organisations the spec names as actors (../shared/spec/events.md, "Actors"). */
export const ORGANISATION_CODES = ['CSTO', 'CIS', 'EAEU', 'SCO', 'NATO', 'EU', 'UN', 'OSCE'] as const;

/** Every ISO 3166-1 alpha-3 code, from a maintained registry rather than a hand-typed list. */
export const STATE_CODES = Object.keys(countries.getAlpha3Codes()).sort() as [string, ...string[]];

const stateCodeSet = new Set<string>(STATE_CODES);
const orgCodeSet = new Set<string>(ORGANISATION_CODES);

export const StateCode = z.string().refine((s) => stateCodeSet.has(s), { message: 'not an ISO 3166-1 alpha-3 code' });
export type StateCode = z.infer<typeof StateCode>;

export const OrganisationCode = z.enum(ORGANISATION_CODES);
export type OrganisationCode = z.infer<typeof OrganisationCode>;

/** A state (ISO alpha-3) or one of the spec's organisations. */
export const ActorCode = z.string().refine((s) => stateCodeSet.has(s) || orgCodeSet.has(s), {
  message: 'unknown actor code (expected ISO 3166-1 alpha-3 or one of CSTO, CIS, EAEU, SCO, NATO, EU, UN, OSCE)',
});
export type ActorCode = z.infer<typeof ActorCode>;

/** True when the code names a state rather than an organisation. */
export function isState(code: string): boolean {
  return stateCodeSet.has(code);
}

/** True for any code the actor schema accepts. */
export function isActorCode(code: string): boolean {
  return stateCodeSet.has(code) || orgCodeSet.has(code);
}

/** English short name of a state, or the code itself for organisations. */
export function actorName(code: string): string {
  return (stateCodeSet.has(code) && countries.getName(code, 'en')) || code;
}

/** ISO numeric code as used by world-atlas TopoJSON ids ("398" for KAZ). */
export function numericCode(code: string): string | undefined {
  return countries.alpha3ToNumeric(code);
}
