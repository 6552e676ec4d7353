import type { CouncilSeat, Leader, LeaderRole } from './alliance.js';
import { dayOf, spanCovers } from './dates.js';

export interface LeadersOn {
  readonly head_of_state: Leader | undefined;
  readonly head_of_government: Leader | undefined;
  /** The office that sat on the Collective Security Council that day. */
  readonly council_role: LeaderRole;
}

function holder(leaders: readonly Leader[], country: string, role: LeaderRole, d: number): Leader | undefined {
  // When terms touch on a hand-over day, the newcomer holds the office.
  let found: Leader | undefined;
  for (const l of leaders) {
    if (l.country !== country || l.role !== role) continue;
    if (spanCovers(l, d) && (!found || dayOf(l.from) > dayOf(found.from))) found = l;
  }
  return found;
}

/** Who led a country on a day, and which of them represented it on the Council. */
export function leadersOn(leaders: readonly Leader[], seats: readonly CouncilSeat[], country: string, day: string): LeadersOn {
  const d = dayOf(day);
  const seat = seats.find((s) => s.country === country && spanCovers(s, d));
  return {
    head_of_state: holder(leaders, country, 'head_of_state', d),
    head_of_government: holder(leaders, country, 'head_of_government', d),
    council_role: seat?.role ?? 'head_of_state',
  };
}
