import { dayOf, intervalOf, isPartyStatus, knownDay, monthIndexOfDay, statusOn, type Member, type MemberStatus } from '../domain/index.js';
import type { IndicatorEvent } from '../indicators/index.js';
import type { SimHistory } from './types.js';

/** Statuses in the simulator's integer encoding (index = code). */
export const STATUS_CODES = [
  'member',
  'suspended',
  'frozen',
  'withdrawal_announced',
  'withdrawn',
] as const satisfies readonly MemberStatus[];

/** Integer code of a status. */
export function statusCode(s: MemberStatus): number {
  return STATUS_CODES.indexOf(s);
}

/** A state that has been a party by the day: every state whose first interval began on or before it. */
export function everParty(m: Member, day: string): boolean {
  return statusOn(m, day).status !== 'not_joined';
}

/** True while a state is inside the alliance, whatever its standing. */
export function isParty(m: Member, day: string): boolean {
  return isPartyStatus(statusOn(m, day).status);
}

/** Events known on or before a day (the no-hindsight rule), with the month they happened in. */
export function knownBefore(events: readonly IndicatorEvent[], day: number): { e: IndicatorEvent; month: number }[] {
  const out: { e: IndicatorEvent; month: number }[] = [];
  for (const e of events) {
    if (e.date === null) continue;
    const k = knownDay(e);
    if (k === undefined || k > day) continue;
    const span = intervalOf(e.date);
    // Partial dates sit at the middle of their interval, like the indicators place them.
    out.push({ e, month: monthIndexOfDay(Math.floor((span.first + span.last) / 2)) });
  }
  return out;
}

/** The status held in a month index (as of its 15th), for exposure counts. */
export function statusInMonth(m: Member, month: number): MemberStatus | 'not_joined' {
  const day = new Date(Date.UTC(1970 + Math.floor(month / 12), month % 12, 15)).toISOString().slice(0, 10);
  return statusOn(m, day).status;
}

/** The first month any state was a party: the start of the data. */
export function firstDataDay(h: SimHistory): string {
  let first = '9999-12-31';
  for (const m of h.members) for (const i of m.intervals) if (i.from < first) first = i.from;
  return first;
}

/** Month index of a YYYY-MM-DD day. */
export function monthOfDay(day: string): number {
  return monthIndexOfDay(dayOf(day));
}
