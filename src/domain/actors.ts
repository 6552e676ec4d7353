import countries from 'i18n-iso-countries';
import { z } from 'zod';

/** Every ISO 3166-1 alpha-3 code, from a maintained registry rather than a hand-typed list. */
export const STATE_CODES = Object.keys(countries.getAlpha3Codes()).sort() as [string, ...string[]];

const stateCodeSet = new Set<string>(STATE_CODES);
// Organisations are declared by each alliance pack (its `pack.json`); here only their form is known.
const ORGANISATION_FORM = /^[A-Z]{2,8}$/;
const isOrganisationForm = (s: string): boolean => ORGANISATION_FORM.test(s) && !stateCodeSet.has(s);

// The forms as JSON Schema patterns, for the OpenAPI document; the refinements check the registry.
const STATE_PATTERN = '^[A-Z]{3}$';
const ACTOR_PATTERN = '^[A-Z]{2,8}$';

export const StateCode = z
  .string()
  .refine((s) => stateCodeSet.has(s), { message: 'not an ISO 3166-1 alpha-3 code' })
  .meta({ pattern: STATE_PATTERN });
export type StateCode = z.infer<typeof StateCode>;

/** An organisation's code (2-8 capitals, not a state's); which ones exist is the pack's to say. */
export const OrganisationCode = z
  .string()
  .refine(isOrganisationForm, { message: 'not an organisation code (2-8 capital letters)' })
  .meta({ pattern: ACTOR_PATTERN });
export type OrganisationCode = z.infer<typeof OrganisationCode>;

/**
 * A state (ISO alpha-3) or an organisation. Whether an organisation is one the alliance knows is
 * checked against its pack (`Alliance.isActor`), where the pack is at hand.
 */
export const ActorCode = z
  .string()
  .refine((s) => stateCodeSet.has(s) || isOrganisationForm(s), {
    message: 'unknown actor code (expected ISO 3166-1 alpha-3 or an organisation code)',
  })
  .meta({ pattern: ACTOR_PATTERN });
export type ActorCode = z.infer<typeof ActorCode>;

/** True when the code names a state rather than an organisation. */
export function isState(code: string): boolean {
  return stateCodeSet.has(code);
}

/** True for any code the actor schema accepts. */
export function isActorCode(code: string): boolean {
  return stateCodeSet.has(code) || isOrganisationForm(code);
}

/** English short name of a state, or the code itself for organisations. */
export function actorName(code: string): string {
  return (stateCodeSet.has(code) && countries.getName(code, 'en')) || code;
}

/** ISO numeric code as used by world-atlas TopoJSON ids ("398" for KAZ). */
export function numericCode(code: string): string | undefined {
  return countries.alpha3ToNumeric(code);
}
