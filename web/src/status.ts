import type { MemberRow, StatusOnDate } from './types.js';

/** A member's status on a day from its intervals (ISO days compare as strings), as src/domain/membership does. */
export function statusOn(m: Pick<MemberRow, 'intervals'>, day: string): StatusOnDate {
  for (const i of m.intervals) if (i.from <= day && (i.to === null || day <= i.to)) return i.status;
  const before = m.intervals.filter((i) => i.from <= day).at(-1);
  return before ? before.status : 'not_joined';
}

/** True while a state is a party in any status. */
export const isParty = (s: StatusOnDate): boolean => s !== 'not_joined' && s !== 'withdrawn';

/** Words for each status. */
export const STATUS_LABEL: Readonly<Record<StatusOnDate, string>> = {
  member: 'member',
  suspended: 'suspended',
  frozen: 'frozen',
  withdrawal_announced: 'withdrawal announced',
  withdrawn: 'withdrawn',
  not_joined: 'not yet joined',
};

/** Status colours: a colour-blind-safe sequence from full member to gone. */
export const STATUS_COLOUR: Readonly<Record<StatusOnDate, string>> = {
  member: '#1b7837',
  suspended: '#e08214',
  frozen: '#fdb863',
  withdrawal_announced: '#b2182b',
  withdrawn: '#8c8c8c',
  not_joined: '#d9d9d9',
};

/** The last day of a month (or today, when the month is the current one). */
export function monthEnd(month: string, today: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return end < today ? end : today;
}

/** Every month from `first` to `last`, YYYY-MM. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const s = `${y}-${String(m).padStart(2, '0')}`;
    if (s > last) return out;
    out.push(s);
    if (m === 12) {
      y += 1;
      m = 1;
    } else m += 1;
  }
}

/** The first and last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) stands for. */
export function dayRange(date: string): { from: string; to: string } {
  if (date.length === 10) return { from: date, to: date };
  if (date.length === 7) return { from: `${date}-01`, to: monthEnd(date, '9999-12-31') };
  return { from: `${date}-01-01`, to: `${date}-12-31` };
}
