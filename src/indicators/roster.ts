import { dayOf, isPartyStatus, type Member, type StatusOnDate } from '../domain/index.js';

interface Span {
  readonly status: StatusOnDate;
  readonly from: number;
  readonly to: number;
}

/** Statuses in which a party is expected at summits and counted in pooled figures. */
const ACTIVE = new Set<StatusOnDate>(['member', 'withdrawal_announced']);

// Same rule as domain `statusOn`, on day numbers: the covering interval, else not_joined before
// the first one, else (a gap) the last status that began before the day.
function statusIn(spans: readonly Span[], day: number): StatusOnDate {
  let before: Span | undefined;
  for (const s of spans) {
    if (s.from <= day && day <= s.to) return s.status;
    if (s.from <= day) before = s;
  }
  return before ? before.status : 'not_joined';
}

/** The members as indexed rows, with their status intervals as day numbers. */
export class Roster {
  readonly index = new Map<string, number>();
  private readonly all: Span[][];
  private readonly deJure: Span[][];

  constructor(readonly members: readonly Member[]) {
    const toSpan = (i: Member['intervals'][number]): Span => ({
      status: i.status,
      from: dayOf(i.from),
      to: i.to === null ? Number.POSITIVE_INFINITY : dayOf(i.to),
    });
    members.forEach((m, i) => this.index.set(m.code, i));
    this.all = members.map((m) => m.intervals.map(toSpan).sort((a, b) => a.from - b.from));
    this.deJure = members.map((m) =>
      m.intervals
        .filter((i) => i.basis === 'de_jure')
        .map(toSpan)
        .sort((a, b) => a.from - b.from),
    );
  }

  get size(): number {
    return this.members.length;
  }

  /** Status on a day, counting de facto intervals (what the state practises). */
  deFacto(row: number, day: number): StatusOnDate {
    return statusIn(this.all[row] ?? [], day);
  }

  /** How many status intervals had begun by the day: the record behind the status component, and nothing later. */
  intervalsBegun(row: number, day: number): number {
    let n = 0;
    for (const s of this.all[row]!) if (s.from <= day) n++;
    return n;
  }

  /** Status on a day from formal acts only. */
  deJureStatus(row: number, day: number): StatusOnDate {
    return statusIn(this.deJure[row] ?? [], day);
  }

  /** True while the state is a party, whatever its standing. */
  isParty(row: number, day: number): boolean {
    return isPartyStatus(this.deFacto(row, day));
  }

  /** True when the state takes part fully, so its attendance and votes count for the alliance. */
  isActive(row: number, day: number): boolean {
    return ACTIVE.has(this.deFacto(row, day));
  }

  /** The first day of the member's latest `withdrawn` interval that began on or before `day`. */
  withdrawnSince(row: number, day: number): number | undefined {
    let since: number | undefined;
    for (const s of this.all[row] ?? []) if (s.status === 'withdrawn' && s.from <= day) since = s.from;
    return since;
  }
}
