import { dayOf, isPartyStatus, statusOn, type Member, type Threat } from '../domain/index.js';
import { askable, type Asked } from '../model/index.js';
import { type STATUS_CODES, knownBefore, monthOfDay, statusCode, statusInMonth } from './history.js';
import { THREAT_LIST, type SimParams } from './params.js';
import type { SimHistory } from './types.js';

/** One member's rates, fitted from what was known on the as-of day. */
export interface FittedMember {
  readonly code: string;
  /** Status on the as-of day (STATUS_CODES index) and whole months already spent in it. */
  readonly status: number;
  readonly monthsInStatus: number;
  /** Crises per month on the member's soil, all threats. */
  readonly crisisRate: number;
  /** Share of each threat among its crises, THREAT_LIST order. */
  readonly threatShare: readonly number[];
  /** Probability that a crisis leads to a request. */
  readonly requestProb: number;
  /** The adversary it last named per threat (or null). */
  readonly adversary: readonly (string | null)[];
  readonly asked: Asked;
  /** Exercise boycotts or cancellations, and summit absences, per month as a party. */
  readonly boycottRate: number;
  readonly absenceRate: number;
}

/** The fit: members in a fixed order and the alliance-wide monthly hazard of each transition. */
export interface Fitted {
  readonly members: readonly FittedMember[];
  /** Indexed like params.transitions. */
  readonly hazard: readonly number[];
}

/** Recency-weighted counts and exposure: w = 2^(-age / half-life), age in months before the as-of month. */
class Tally {
  count = 0;
  exposure = 0;
}

/** Shrinks a member's own decayed rate toward the alliance rate with `k` pseudo member-months. */
function shrunk(own: Tally, pooled: number, k: number): number {
  return (own.count + k * pooled) / (own.exposure + k);
}

/** Fits every rate of the simulator from the history known on `asOf`; members = every state that has ever been a party. */
export function fit(history: SimHistory, asOf: string, params: SimParams): Fitted {
  const { alliance } = history;
  const day = dayOf(asOf);
  const now = monthOfDay(asOf);
  const w = (month: number): number => Math.pow(2, -(now - month + 0.5) / params.half_life_months);
  const members = history.members.filter((m) => statusOn(m, asOf).status !== 'not_joined');
  const idx = new Map(members.map((m, i) => [m.code, i]));
  const tally = () => members.map(() => new Tally());
  const crises = tally();
  const boycotts = tally();
  const absences = tally();
  const statusExposure = new Map<string, number>();
  const transCount = new Map<string, number>();
  for (const [i, m] of members.entries()) {
    const first = monthOfDay(m.intervals[0]!.from);
    for (let mo = first; mo < now; mo++) {
      const s = statusInMonth(m, mo);
      if (s === 'not_joined') continue;
      statusExposure.set(s, (statusExposure.get(s) ?? 0) + 1);
      if (!isPartyStatus(s)) continue;
      for (const t of [crises, boycotts, absences]) t[i]!.exposure += w(mo);
    }
    for (let k = 1; k < m.intervals.length; k++) {
      const cur = m.intervals[k]!;
      if (dayOf(cur.from) > day) break;
      const key = `${m.intervals[k - 1]!.status}>${cur.status}`;
      transCount.set(key, (transCount.get(key) ?? 0) + 1);
    }
  }
  // Crises: one per member and month, whether it came as a request, a clash, or both.
  const crisisMonths = new Map<string, { threat: Threat; requested: boolean; adversary: string | null; asked: string | null }>();
  for (const { e, month } of knownBefore(history.events, day)) {
    if (e.type === 'assistance.requested' && idx.has(e.actor)) {
      const key = `${e.actor}|${month}`;
      const threat = e.details?.threat ?? 'external_attack';
      const adversary = e.details?.adversary ?? null;
      const prev = crisisMonths.get(key);
      crisisMonths.set(key, { threat, requested: true, adversary, asked: prev?.asked === alliance.code ? alliance.code : e.target });
    } else if (e.type === 'clash' && e.details?.crisis === true && e.target !== null && idx.has(e.target)) {
      const key = `${e.target}|${month}`;
      if (!crisisMonths.has(key))
        crisisMonths.set(key, {
          threat: e.details.war === true ? 'external_attack' : 'border_clash',
          requested: false,
          adversary: e.actor,
          asked: null,
        });
    } else if (e.type === 'exercise.boycotted' || e.type === 'exercise.cancelled') {
      // A cancellation by an organisation is charged to the host it was meant for.
      const who = idx.has(e.actor) ? e.actor : e.target;
      const i = who === null ? undefined : idx.get(who);
      if (i !== undefined) boycotts[i]!.count += w(month);
    } else if (e.type === 'summit.absent' && idx.has(e.actor)) {
      absences[idx.get(e.actor)!]!.count += w(month);
    }
  }
  const threatCount = members.map(() => THREAT_LIST.map(() => 0));
  const requests = members.map(() => ({ crises: 0, requested: 0 }));
  const adversary = members.map(() => THREAT_LIST.map((): string | null => null));
  const asked = members.map((): Asked => alliance.code);
  for (const [key, c] of [...crisisMonths].sort((a, b) => Number(a[0].split('|')[1]) - Number(b[0].split('|')[1]))) {
    const [code, mo] = key.split('|') as [string, string];
    const i = idx.get(code)!;
    crises[i]!.count += w(Number(mo));
    const t = THREAT_LIST.indexOf(c.threat);
    threatCount[i]![t]! += 1;
    requests[i]!.crises += 1;
    if (c.requested) requests[i]!.requested += 1;
    if (c.adversary !== null) adversary[i]![t] = c.adversary;
    if (askable(alliance, c.asked)) asked[i] = c.asked;
  }
  const k = params.shrink_months;
  const pool = (ts: Tally[], prior: number): number => {
    const c = ts.reduce((s, t) => s + t.count, 0);
    const x = ts.reduce((s, t) => s + t.exposure, 0);
    return (c + k * prior) / (x + k);
  };
  const crisisPool = pool(crises, params.crisis.prior_rate);
  const boycottPool = pool(boycotts, 0);
  const absencePool = pool(absences, 0);
  const tp = params.crisis.threat_prior;
  const threatPool = THREAT_LIST.map((t, j) => threatCount.reduce((s, c) => s + c[j]!, 0) + 2 * tp[t]);
  const threatPoolSum = threatPool.reduce((a, b) => a + b, 0);
  const rp = params.crisis.request_prior;
  const allCrises = requests.reduce((s, r) => s + r.crises, 0);
  const allRequested = requests.reduce((s, r) => s + r.requested, 0);
  const requestPool = (allRequested + rp.weight * rp.mean) / (allCrises + rp.weight);
  const fitted: FittedMember[] = members.map((m: Member, i) => {
    const st = statusOn(m, asOf);
    const own = threatCount[i]!;
    const n = own.reduce((a, b) => a + b, 0);
    const share = own.map((c, j) => (c + (2 * threatPool[j]!) / threatPoolSum) / (n + 2));
    return {
      code: m.code,
      status: statusCode(st.status as (typeof STATUS_CODES)[number]),
      monthsInStatus: st.since === null ? 0 : Math.max(0, now - monthOfDay(st.since)),
      crisisRate: shrunk(crises[i]!, crisisPool, k),
      threatShare: share,
      requestProb: (requests[i]!.requested + rp.weight * requestPool) / (requests[i]!.crises + rp.weight),
      adversary: adversary[i]!,
      asked: asked[i]!,
      boycottRate: shrunk(boycotts[i]!, boycottPool, k),
      absenceRate: shrunk(absences[i]!, absencePool, k),
    };
  });
  // Transitions are too rare to decay: all of history, shrunk toward the prior with 10 years of pseudo-exposure.
  const hazard = params.transitions.map((t) => {
    const n = transCount.get(`${t.from}>${t.to}`) ?? 0;
    const x = statusExposure.get(t.from) ?? 0;
    return (n + 120 * t.prior) / (x + 120);
  });
  return { members: fitted, hazard };
}
