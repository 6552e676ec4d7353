import type { Basis, Member, StatusOnDate } from './alliance.js';
import { dayOf, spanCovers } from './dates.js';

export interface StatusAt {
  readonly status: StatusOnDate;
  readonly basis: Basis | null;
  readonly since: string | null;
}

/** A member's status on a day: the interval that covers it, or `not_joined` before the first one. */
export function statusOn(member: Member, day: string): StatusAt {
  const d = dayOf(day);
  for (const i of member.intervals) {
    if (spanCovers(i, d)) return { status: i.status, basis: i.basis, since: i.from };
  }
  const first = member.intervals[0];
  if (first && d < dayOf(first.from)) return { status: 'not_joined', basis: null, since: null };
  // A gap between intervals: the last status that began before the day still holds.
  const before = member.intervals.filter((i) => dayOf(i.from) <= d).at(-1);
  return before ? { status: before.status, basis: before.basis, since: before.from } : { status: 'not_joined', basis: null, since: null };
}

const PARTY_STATUSES: ReadonlySet<StatusOnDate> = new Set(['member', 'withdrawal_announced', 'suspended', 'frozen']);

/** True for a status in which a state is a party to the treaty, whatever its standing (not before joining, not after leaving). */
export function isPartyStatus(status: StatusOnDate): boolean {
  return PARTY_STATUSES.has(status);
}

/** True when the state takes part as a full member on that day. */
export function isMemberOn(member: Member, day: string): boolean {
  return statusOn(member, day).status === 'member';
}
