import { loadPack } from '../../data/index.js';
import type { DetailsOf, EventType, Member, Summit } from '../../domain/index.js';
import type { IndicatorEvent, IndicatorInput } from '../types.js';

const SRC = 'https://example.org/fixture';

/** The default pack's alliance (its hegemon, forums, founding day and weights) for synthetic inputs. */
export const ALLIANCE = loadPack().alliance;

/** A member with one open `member` interval from `from`, plus any later intervals. */
export function member(code: string, cow: number, from = '1992-05-15', later: Member['intervals'] = []): Member {
  const first = {
    status: 'member' as const,
    from,
    to: later.length ? dayBefore(later[0]!.from) : null,
    basis: 'de_jure' as const,
    source: SRC,
  };
  return { code, name: code, cow, intervals: [first, ...later] };
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Four members: the hegemon and three others, all parties since 1992-05-15. */
export const FOUR: readonly Member[] = [member('RUS', 365), member('BLR', 370), member('ARM', 371), member('KGZ', 703)];

/** A CSTO summit on `date` with the given absentees. */
export function summit(id: string, date: string, absent: string[] = [], refused: string[] = [], forum: Summit['forum'] = 'CSTO'): Summit {
  return { id, date, forum, place: 'Moscow', absent, refused_to_sign: refused, attendance_checked: true, source: SRC };
}

let seq = 0;
/** An event with a unique id. */
export function ev<T extends EventType>(
  type: T,
  actor: string,
  target: string | null,
  date: string,
  details?: DetailsOf<T>,
  reported?: string,
): IndicatorEvent {
  seq += 1;
  return {
    id: `fx-${seq}`,
    type,
    actor,
    target,
    date,
    ...(details ? { details } : {}),
    ...(reported ? { reported } : {}),
  } as IndicatorEvent;
}

/** An input with a fixed today. */
export function input(
  events: IndicatorEvent[],
  summits: Summit[] = [],
  members: readonly Member[] = FOUR,
  today = '2024-12-31',
): IndicatorInput {
  return { alliance: ALLIANCE, members, summits, events, today };
}
