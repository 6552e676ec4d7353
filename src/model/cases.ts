import {
  dayOf,
  dayString,
  fatalitiesKnownOn,
  intervalOf,
  Outcome,
  Threat,
  TreatyArticle,
  type Alliance,
  type ChronicleEvent,
} from '../domain/index.js';
import type { ModelData } from './context.js';
import type { CrisisRequest } from './types.js';

/** One case of the backtest: the request (or crisis) as it stood, and the outcome the pack records. */
export interface BacktestCase {
  readonly id: string;
  /** The date as the chronicle gives it (may be YYYY-MM). */
  readonly date: string;
  readonly request: CrisisRequest;
  readonly actual: Outcome;
  /** Where the request's article, threat and adversary were read (a report made before any decision); null for a crisis with no request. */
  readonly coded_from: string | null;
}

/** The day a case is dated to: its own day, else the report day if it falls inside the month, else the month's first day. */
export function caseDay(e: Pick<ChronicleEvent, 'date' | 'reported'>): string {
  const span = intervalOf(e.date);
  if (span.precision === 'day') return e.date;
  if (e.reported !== undefined) {
    const r = intervalOf(e.reported).first;
    if (r >= span.first && r <= span.last) return e.reported;
  }
  return dayString(span.first);
}

// An article number as the record gives it; what it asks for is read from the treaty when the request is assessed.
const article = (v: unknown): string | null => (typeof v === 'string' && TreatyArticle.safeParse(v).success ? v : null);

/**
 * The codebook's rule for negatives: a crisis counts as one with no request unless the CSTO was
 * asked while the fighting lasted. A request made only to Russia (Karabakh 2020), or made to the
 * CSTO after a ceasefire (Kyrgyzstan, October 2022), leaves the crisis unanswered at the time.
 */
function askedAllianceDuring(d: Record<string, unknown>, askedOf: ReadonlyMap<string, string | null>, alliance: string): boolean {
  if (typeof d['request'] !== 'string') return false;
  if (d['request_timing'] === 'after') return false;
  return askedOf.get(d['request']) === alliance;
}

/** True for a party a request can go to: the alliance itself, or its hegemon directly. */
export function askable(alliance: Alliance, code: string | null): code is string {
  return code === alliance.code || code === alliance.hegemon;
}

/** Every labelled request in the chronicle and every crisis with no request, oldest first. */
export function backtestCases(data: ModelData): BacktestCase[] {
  const out: BacktestCase[] = [];
  const { alliance } = data;
  const askedOf = new Map(data.events.filter((e) => e.type === 'assistance.requested').map((e) => [e.id, e.target] as const));
  for (const e of data.events) {
    const d = (e.details ?? {}) as Record<string, unknown>;
    if (e.type === 'assistance.requested') {
      const asked = e.target;
      const threat = Threat.safeParse(d['threat']);
      const outcome = Outcome.safeParse(d['outcome']);
      if (!askable(alliance, asked) || !threat.success || !outcome.success) continue;
      // A request to the hegemon under a bilateral treaty cites that treaty's article; its consultation/defence ask reads the same way.
      const art = article(d['article']) ?? (asked === alliance.hegemon ? article(d['treaty_article']) : null);
      const adversary = typeof d['adversary'] === 'string' ? d['adversary'] : null;
      const request = { requester: e.actor, asked, date: caseDay(e), threat: threat.data, adversary, article: art };
      const coded = d['coded_from'] as { source?: unknown } | undefined;
      out.push({
        id: e.id,
        date: e.date,
        request,
        actual: outcome.data,
        coded_from: typeof coded?.source === 'string' ? coded.source : null,
      });
    }
    if (e.type === 'clash' && d['crisis'] === true && e.target !== null && !askedAllianceDuring(d, askedOf, alliance.code)) {
      const outcome = Outcome.safeParse(d['alliance_response']);
      if (!outcome.success) continue;
      const threat = d['war'] === true ? 'external_attack' : 'border_clash';
      // The deaths describe the crisis as it was reported on its day, not the final count.
      const day = caseDay(e);
      const fatalities = fatalitiesKnownOn(e, dayOf(day));
      const request = {
        requester: e.target,
        asked: null,
        date: day,
        threat,
        adversary: e.actor,
        article: null,
        fatalities,
      } as const;
      out.push({ id: e.id, date: e.date, request, actual: outcome.data, coded_from: null });
    }
  }
  return out.sort((a, b) => a.request.date.localeCompare(b.request.date) || a.id.localeCompare(b.id));
}
