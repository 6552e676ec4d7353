import type { ChronicleEvent } from './event.js';
import type { Member, Organisation, PackManifest, Summit, Treaty } from './alliance.js';
import { isState } from './actors.js';
import { isPartyStatus, statusOn } from './membership.js';

/**
 * What every layer knows of the alliance it models, read once from its pack. Nothing here is
 * written in code: a second pack gives a second alliance.
 */
export interface Alliance {
  /** The alliance's own actor code (`CSTO` in the default pack). */
  readonly code: string;
  readonly name: string;
  /** The state that leads it and whose line members align with or diverge from. */
  readonly hegemon: string;
  /** YYYY-MM-DD: the earliest signature of its treaty instruments; nothing before it is asked about. */
  readonly founded: string;
  /** YYYY-MM-DD: the last day the pack's curators checked the chronicle. */
  readonly curatedTo: string;
  readonly organisations: readonly Organisation[];
  /** The alliance and the forums whose summits count for participation. */
  readonly forums: readonly string[];
  /** Every body whose summits a member's leader can be reported skipping (the forums, and outside bodies marked so). */
  readonly summitBodies: readonly string[];
  readonly languages: readonly string[];
  readonly pack: { readonly name: string; readonly version: string; readonly dir: string };
}

/** The alliance a pack describes (its manifest, members and treaty). */
export function allianceOf(manifest: PackManifest, treaty: Treaty, dir: string): Alliance {
  const signed = treaty.instruments.map((i) => i.signed).sort();
  const founded = signed[0] ?? manifest.curated_to;
  return {
    code: manifest.alliance.code,
    name: manifest.alliance.name,
    hegemon: manifest.alliance.hegemon,
    founded,
    curatedTo: manifest.curated_to,
    organisations: manifest.organisations,
    forums: manifest.organisations.filter((o) => o.role !== 'outside').map((o) => o.code),
    summitBodies: manifest.organisations.filter((o) => o.summits ?? o.role !== 'outside').map((o) => o.code),
    languages: manifest.languages,
    pack: { name: manifest.name, version: manifest.version, dir },
  };
}

/** True for a state or one of the organisations the pack declares. */
export function isAllianceActor(alliance: Alliance, code: string): boolean {
  return isState(code) || alliance.organisations.some((o) => o.code === code);
}

/** True when the state is a party (member, frozen, suspended or leaving) on the day. */
export function isPartyOn(members: readonly Member[], code: string, day: string): boolean {
  const m = members.find((x) => x.code === code);
  return m !== undefined && isPartyStatus(statusOn(m, day).status);
}

/** First day an as-of question may ask about: the first of January of the founding year. */
export function firstAskableDay(alliance: Alliance): string {
  return `${alliance.founded.slice(0, 4)}-01-01`;
}

/**
 * One snapshot of what is known of the alliance: the one shape the indicators, the crisis model and
 * the simulator read, whether it comes from the pack or from a store.
 */
export interface AllianceSnapshot {
  readonly alliance: Alliance;
  readonly members: readonly Member[];
  readonly treaty: Treaty;
  readonly summits: readonly Summit[];
  readonly events: readonly ChronicleEvent[];
}
