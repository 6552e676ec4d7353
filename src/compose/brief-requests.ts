import {
  ResponseIndex,
  Threat,
  dayOf,
  isState,
  knownDay,
  statusOn,
  type AllianceSnapshot,
  type ChronicleEvent,
  type Member,
} from '../domain/index.js';
import { askable, caseDay, invocationsOf, type CrisisRequest } from '../model/index.js';

/** How far back a clash may lie and still make its victim the likeliest next requester. */
export const CLASH_WINDOW_DAYS = 365;

const text = (d: ChronicleEvent['details'], k: string): string | undefined => {
  const v = (d as Record<string, unknown> | undefined)?.[k];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** A request the brief lists as pending: known by the day, with no answer known by then. */
export interface PendingRequest {
  readonly event: ChronicleEvent;
  /** Days from the day the request was known to the brief's day. */
  readonly days: number;
}

/**
 * Requests pending on `asOf`, newest first: known by the day, with their outcome not yet known by the
 * project's one rule (`ResponseIndex` in src/domain/reported-facts.ts, the rule the indicators use:
 * `details.outcome_reported`, else the first known response of the outcome's kind, linked by
 * `details.request` or `details.episode`, else the end of the codebook's three-month window). A
 * request with no outcome in the chronicle stays pending.
 */
export function pendingRequests(events: readonly ChronicleEvent[], asOf: string): PendingRequest[] {
  const day = dayOf(asOf);
  const responses = new ResponseIndex(events);
  const out: PendingRequest[] = [];
  for (const r of events) {
    if (r.type !== 'assistance.requested') continue;
    const known = knownDay(r);
    if (known === undefined || known > day) continue;
    const answered = responses.outcomeKnownDay(r);
    if (answered !== undefined && answered <= day) continue;
    out.push({ event: r, days: day - known });
  }
  return out.sort((a, b) => a.days - b.days || b.event.date.localeCompare(a.event.date));
}

/** The request the crisis desk looks at, and why it was chosen. */
export interface DeskChoice {
  readonly rule: 'pending' | 'clash';
  readonly basis: ChronicleEvent;
  readonly request: CrisisRequest;
}

const fullMember = (members: readonly Member[], code: string | null, day: string): boolean =>
  code !== null && members.some((m) => m.code === code && statusOn(m, day).status === 'member');

/**
 * The likeliest next request, by a fixed rule: the newest pending request whose requester is a full
 * member and whose threat is recorded, assessed on its own day as the backtest does (so its own
 * outcome, recorded later, is not among the cases fitted); else a request to the alliance, dated
 * `day`, by the full member attacked in the newest clash known within a year, under the treaty's
 * collective-defence article (`external_attack` when the clash is recorded as a war, else
 * `border_clash`); else none. The model reads what was known the day before the request's date.
 */
export function deskChoice(snap: AllianceSnapshot, pending: readonly PendingRequest[], asOf: string, day: string): DeskChoice | undefined {
  const { alliance, members } = snap;
  for (const p of pending) {
    const e = p.event;
    const threat = Threat.safeParse(text(e.details, 'threat'));
    const own = caseDay(e);
    if (!threat.success || !fullMember(members, e.actor, own)) continue;
    const adversary = text(e.details, 'adversary');
    const request: CrisisRequest = {
      requester: e.actor,
      asked: askable(alliance, e.target) ? e.target : alliance.code,
      date: own,
      threat: threat.data,
      adversary: adversary !== undefined && isState(adversary) ? adversary : null,
      article: text(e.details, 'article') ?? null,
    };
    return { rule: 'pending', basis: e, request };
  }
  const today = dayOf(asOf);
  const clashes = snap.events
    .filter((e) => e.type === 'clash' && fullMember(members, e.target, day))
    .filter((e) => {
      const k = knownDay(e);
      return k !== undefined && k <= today && today - k <= CLASH_WINDOW_DAYS;
    })
    .sort((a, b) => (knownDay(b) ?? 0) - (knownDay(a) ?? 0) || b.date.localeCompare(a.date));
  const clash = clashes[0];
  if (clash === undefined) return undefined;
  const d = (clash.details ?? {}) as Record<string, unknown>;
  const defence = Object.entries(invocationsOf(snap.treaty)).find(([, rule]) => rule === 'collective_defence')?.[0] ?? null;
  const request: CrisisRequest = {
    requester: clash.target!,
    asked: alliance.code,
    date: day,
    threat: d['war'] === true ? 'external_attack' : 'border_clash',
    adversary: isState(clash.actor) ? clash.actor : null,
    article: defence,
    fatalities: typeof d['fatalities'] === 'number' ? d['fatalities'] : null,
  };
  return { rule: 'clash', basis: clash, request };
}
