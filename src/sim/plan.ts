import { OUTCOMES } from '../domain/index.js';
import { SimInputError } from './errors.js';
import { fit } from './fit.js';
import { STATUS_CODES, monthOfDay, statusCode } from './history.js';
import { THREAT_LIST, type SimParams } from './params.js';
import { pathAt, type Scenario } from './scenario.js';
import { buildOutcomeTable, type OutcomeTable } from './table.js';
import type { CrisisDecider, SimHistory, StartState } from './types.js';

/** Everything one simulation needs, flattened into typed arrays for the hot loop. */
export interface Plan {
  readonly asOf: string;
  readonly horizon: number;
  /** Month index of the first simulated month (the month after the as-of day's). */
  readonly firstMonth: number;
  readonly codes: readonly string[];
  readonly hegemon: number;
  readonly status0: Int8Array;
  readonly monthsIn0: Int32Array;
  readonly align0: Float64Array;
  readonly part0: Float64Array;
  /** Outside pull per month and member (horizon × n) and the hegemon's capacity per month. */
  readonly pull: Float64Array;
  readonly capacity: Float64Array;
  readonly crisisRate: Float64Array;
  readonly requestProb: Float64Array;
  readonly boycottRate: Float64Array;
  readonly absenceRate: Float64Array;
  readonly threatCum: Float64Array;
  readonly adversaryParty: Uint8Array;
  readonly table: OutcomeTable;
  /** Transitions grouped by origin status: [transStart[s], transStart[s+1]) index transTo/transRate/transBeta (4 per). */
  readonly transStart: Int32Array;
  readonly transTo: Int8Array;
  readonly transRate: Float64Array;
  readonly transBeta: Float64Array;
  readonly fbAlign: Float64Array;
  readonly fbPart: Float64Array;
  readonly unanswered: Uint8Array;
  readonly fbBoycott: number;
  readonly fbAbsence: number;
  readonly drift: number;
  readonly reversion: number;
  readonly grievanceDecay: number;
  readonly betaDisengagement: number;
  readonly statusMult: Float64Array;
  readonly notice: number;
  readonly weights: StartState['weights']['composite'];
  readonly statusScore: Float64Array;
  readonly guarantee0: number;
  readonly conflict0: number;
  readonly guaranteeRate: number;
  readonly conflictDecay: number;
  readonly outcomeScore: Float64Array;
  readonly bins: number;
}

const perMonth = (halfLife: number): number => 1 - Math.pow(2, -1 / halfLife);

/** Fits the history as of the day and lays the result, the scenario and the crisis model's table out flat. */
export function makePlan(
  history: SimHistory,
  asOf: string,
  horizon: number,
  params: SimParams,
  scenario: Scenario,
  start: StartState,
  decide: CrisisDecider,
): Plan {
  const f = fit(history, asOf, params);
  const codes = f.members.map((m) => m.code);
  const n = codes.length;
  for (const code of Object.keys(scenario.outside_pull ?? {})) {
    if (!codes.includes(code))
      throw new SimInputError(`scenario.outside_pull.${code}: not a party to the treaty as of ${asOf} (parties: ${codes.join(', ')})`);
  }
  const hegemon = codes.indexOf(history.alliance.hegemon);
  const sm = (code: string) => start.members.get(code) ?? { alignment: 0.8, participation: 0.8, outsidePull: 0 };
  const align0 = Float64Array.from(codes, (c) => sm(c).alignment);
  const part0 = Float64Array.from(codes, (c) => sm(c).participation);
  const pull = new Float64Array(horizon * n);
  const capacity = new Float64Array(horizon);
  for (let m = 0; m < horizon; m++) {
    capacity[m] = scenario.hegemon_capacity === undefined ? start.hegemonCapacity : pathAt(scenario.hegemon_capacity, m + 1, horizon);
    for (let i = 0; i < n; i++) {
      const p = scenario.outside_pull?.[codes[i]!];
      pull[m * n + i] = p === undefined ? sm(codes[i]!).outsidePull : pathAt(p, m + 1, horizon);
    }
  }
  const mult = scenario.crisis_rate_multiplier ?? 1;
  const threatCum = new Float64Array(n * THREAT_LIST.length);
  const adversaryParty = new Uint8Array(n * THREAT_LIST.length);
  for (const [i, m] of f.members.entries()) {
    let acc = 0;
    for (let t = 0; t < THREAT_LIST.length; t++) {
      acc += m.threatShare[t]!;
      threatCum[i * THREAT_LIST.length + t] = t === THREAT_LIST.length - 1 ? Number.POSITIVE_INFINITY : acc;
      const adv = m.adversary[t];
      adversaryParty[i * THREAT_LIST.length + t] = adv !== null && adv !== undefined && codes.includes(adv) ? 1 : 0;
    }
  }
  // Hazards are centred on the alliance's mean state at the start, so an average member keeps the fitted rate.
  const others = codes.map((_, i) => i).filter((i) => i !== hegemon && f.members[i]!.status !== statusCode('withdrawn'));
  const mean = (g: (i: number) => number) => (others.length ? others.reduce((s, i) => s + g(i), 0) / others.length : 0);
  const xBar = [mean((i) => 1 - align0[i]!), mean((i) => 1 - part0[i]!), mean((i) => pull[i]!), 0];
  const order = params.transitions.map((t, k) => ({ t, k })).sort((a, b) => statusCode(a.t.from) - statusCode(b.t.from));
  const transStart = new Int32Array(STATUS_CODES.length + 1);
  for (const { t } of order) transStart[statusCode(t.from) + 1]! += 1;
  for (let s = 0; s < STATUS_CODES.length; s++) transStart[s + 1]! += transStart[s]!;
  const transBeta = new Float64Array(order.length * 4);
  const transRate = new Float64Array(order.length);
  const transTo = new Int8Array(order.length);
  for (const [j, { t, k }] of order.entries()) {
    const b = [t.beta.disalignment, t.beta.disengagement, t.beta.outside_pull, t.beta.unanswered];
    transBeta.set(b, j * 4);
    transTo[j] = statusCode(t.to);
    transRate[j] = f.hazard[k]! * Math.exp(-b.reduce((s, bb, q) => s + bb * xBar[q]!, 0));
  }
  const fb = params.feedback;
  return {
    asOf,
    horizon,
    firstMonth: monthOfDay(asOf) + 1,
    codes,
    hegemon,
    status0: Int8Array.from(f.members, (m) => m.status),
    monthsIn0: Int32Array.from(f.members, (m) => m.monthsInStatus),
    align0,
    part0,
    pull,
    capacity,
    crisisRate: Float64Array.from(f.members, (m, i) => (i === hegemon ? 0 : m.crisisRate * mult)),
    requestProb: Float64Array.from(f.members, (m) => m.requestProb),
    boycottRate: Float64Array.from(f.members, (m) => m.boycottRate),
    absenceRate: Float64Array.from(f.members, (m) => m.absenceRate),
    threatCum,
    adversaryParty,
    table: buildOutcomeTable(f.members, decide, asOf, params.buckets, {
      alignment: align0,
      capacity: capacity[0] ?? start.hegemonCapacity,
    }),
    transStart,
    transTo,
    transRate,
    transBeta,
    fbAlign: Float64Array.from(OUTCOMES, (o) => fb.alignment[o]),
    fbPart: Float64Array.from(OUTCOMES, (o) => fb.participation[o]),
    unanswered: Uint8Array.from(OUTCOMES, (o) => (params.unanswered_outcomes.includes(o) ? 1 : 0)),
    fbBoycott: fb.boycott,
    fbAbsence: fb.absence,
    drift: fb.outside_pull_drift,
    reversion: perMonth(fb.reversion_half_life_months),
    grievanceDecay: Math.pow(2, -1 / fb.grievance_half_life_months),
    betaDisengagement: params.participation_events.beta_disengagement,
    statusMult: Float64Array.from(STATUS_CODES, (s) => params.participation_events.status_multiplier[s]),
    notice: history.noticeMonths ?? params.notice_months,
    weights: start.weights.composite,
    statusScore: Float64Array.from(STATUS_CODES, (s) => start.weights.status[s] ?? 0),
    guarantee0: start.guarantee,
    conflict0: start.conflict,
    // A new outcome weighs like one observation against the few the record holds (indicators' prior weight 2).
    guaranteeRate: 0.25,
    conflictDecay: 1 - perMonth(start.halfLife.conflict),
    outcomeScore: Float64Array.from(OUTCOMES, (o) => start.outcomeScore[o]),
    bins: params.index_bins,
  };
}
