import { dayOf, intervalOf } from './dates.js';
import { knownDay } from './known-date.js';

/** The fields of an event these rules read: any chronicle record fits, and so do synthetic ones. */
export interface FactEvent {
  readonly id?: string | undefined;
  readonly type: string;
  readonly actor: string;
  readonly target: string | null;
  readonly date: string | null;
  readonly reported?: string | undefined;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
}

/** The codebook's window for a response: what the alliance did within about three months of the request. */
export const RESPONSE_WINDOW_DAYS = 91;

// Which linked records settle each outcome: a deployment, a mission, or a refusal or non-military help.
const SETTLES: Readonly<Record<string, readonly string[]>> = {
  deploy: ['deployment.started', 'assistance.granted'],
  mission: ['assistance.mission'],
  statement: ['assistance.declined', 'assistance.granted'],
  none: ['assistance.declined'],
};

const text = (d: Readonly<Record<string, unknown>> | undefined, k: string): string | undefined =>
  typeof d?.[k] === 'string' ? (d[k] as string) : undefined;

/**
 * Indexes the responses of a chronicle, so the day a request's outcome became known can be read
 * without hindsight. A response is linked to a request by `details.request`, or to any request of
 * the same `details.episode` (Moscow passing a request to the CSTO, whose acts answer both).
 */
export class ResponseIndex {
  private readonly byRequest = new Map<string, FactEvent[]>();
  private readonly episodeOf = new Map<string, string>();
  private readonly requestsOfEpisode = new Map<string, string[]>();

  constructor(events: readonly FactEvent[]) {
    for (const e of events) {
      if (e.type === 'assistance.requested' && e.id !== undefined) {
        const ep = text(e.details, 'episode');
        if (ep === undefined) continue;
        this.episodeOf.set(e.id, ep);
        this.requestsOfEpisode.set(ep, [...(this.requestsOfEpisode.get(ep) ?? []), e.id]);
      }
    }
    for (const e of events) {
      const req = text(e.details, 'request');
      const response = e.type === 'deployment.started' || (e.type.startsWith('assistance.') && e.type !== 'assistance.requested');
      if (req === undefined || !response) continue;
      const ep = this.episodeOf.get(req);
      for (const id of ep === undefined ? [req] : this.requestsOfEpisode.get(ep)!) {
        this.byRequest.set(id, [...(this.byRequest.get(id) ?? []), e]);
      }
    }
  }

  /**
   * The first day a request's recorded outcome could be known: the record's own
   * `details.outcome_reported` when it gives one; else the earliest day a linked response of the
   * outcome's kind was known (a deployment, a mission, a refusal); else, the codebook's window
   * having passed with nothing recorded, the end of that window (a documented lapse). Undefined
   * when the request has no outcome or no date.
   */
  outcomeKnownDay(request: FactEvent): number | undefined {
    const d = request.details;
    const outcome = text(d, 'outcome');
    const asked = knownDay(request);
    if (outcome === undefined || asked === undefined || SETTLES[outcome] === undefined) return undefined;
    const given = text(d, 'outcome_reported');
    if (given !== undefined) return Math.max(asked, dayOf(given));
    let first = Number.POSITIVE_INFINITY;
    for (const r of this.byRequest.get(request.id ?? '') ?? []) {
      if (!SETTLES[outcome]!.includes(r.type)) continue;
      if (outcome === 'deploy' && r.type === 'assistance.granted' && !(Number(r.details?.['troops']) > 0)) continue;
      if (outcome !== 'deploy' && r.type === 'assistance.granted' && Number(r.details?.['troops']) > 0) continue;
      const k = knownDay(r);
      if (k !== undefined && k < first) first = k;
    }
    if (Number.isFinite(first)) return Math.max(asked, first);
    const start = request.date === null ? asked : intervalOf(request.date).last;
    return Math.max(asked, start + RESPONSE_WINDOW_DAYS);
  }
}

/** One dated casualty report of a clash: the total, all sides, as reported on that day. */
export interface FatalityReport {
  readonly day: number;
  readonly fatalities: number;
}

/**
 * The casualty reports of a clash, oldest first. `details.fatalities_reported` lists counts as
 * they were reported ({ date, fatalities, source }); the record's total `details.fatalities`
 * counts from `details.fatalities_as_of` when given. A record with no dated report has its total
 * count from the day the record itself was known (its `reported` day). When dated reports exist
 * but the total has no date, the total is left out: it was known later, on a day not recorded.
 */
export function fatalityReports(e: FactEvent): FatalityReport[] {
  const d = e.details;
  const known = knownDay(e);
  if (known === undefined) return [];
  const out: FatalityReport[] = [];
  const list = d?.['fatalities_reported'];
  if (Array.isArray(list)) {
    for (const r of list as Record<string, unknown>[]) {
      // A report cannot be known before the clash itself is.
      if (typeof r['date'] === 'string' && typeof r['fatalities'] === 'number')
        out.push({ day: Math.max(known, dayOf(r['date'])), fatalities: r['fatalities'] });
    }
  }
  const total = d?.['fatalities'];
  const asOf = text(d, 'fatalities_as_of');
  if (typeof total === 'number') {
    if (asOf !== undefined) out.push({ day: Math.max(known, dayOf(asOf)), fatalities: total });
    else if (out.length === 0) out.push({ day: known, fatalities: total });
  }
  return out.sort((a, b) => a.day - b.day);
}

/** The clash's death toll as reported by `day` (null when nothing was reported by then). */
export function fatalitiesKnownOn(e: FactEvent, day: number): number | null {
  let n: number | null = null;
  for (const r of fatalityReports(e)) if (r.day <= day) n = r.fatalities;
  return n;
}
