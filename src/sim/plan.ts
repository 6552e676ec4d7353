import { OUTCOMES } from '../domain/index.js';
import { SimInputError } from './errors.js';
import { exitModelAsOf } from './exit-model.js';
import { fit } from './fit.js';
import { NC } from './hazard-panel.js';
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
  /** Transitions out of every status but `member`, grouped by origin: [transStart[s], transStart[s+1]) index transTo/transRate. */
  readonly transStart: Int32Array;
  readonly transTo: Int8Array;
  readonly transRate: Float64Array;
  /** The exit hazard: logit h = exitZ0[i] + Σ exitBeta[k] · x_k, x = (unanswered, boycotts, absences, 1 − alignment, outside pull). */
  readonly exitZ0: Float64Array;
  readonly exitBeta: Float64Array;
  /** Cumulative shares of exits by destination, and the destinations' status codes. */
  readonly exitCum: Float64Array;
  readonly exitTo: Int8Array;
  /** A withdrawn state may rejoin only while its alignment is at least this (+Infinity: no measured cause, never). */
  readonly rejoinAlign: Float64Array;
  /** Decayed counts of unanswered requests, boycotts and absences on the as-of day, per member. */
  readonly unanswered0: Float64Array;
  readonly boycotts0: Float64Array;
  readonly absences0: Float64Array;
  readonly fbAlign: Float64Array;
  readonly fbPart: Float64Array;
  readonly unanswered: Uint8Array;
  readonly fbBoycott: number;
  readonly fbAbsence: number;
  readonly drift: number;
  readonly reversion: number;
  /** Monthly decay of the three counts (the exit hazard's half-life). */
  readonly countDecay: number;
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
  // Leaving full membership: the fitted exit hazard, its effects per unit of each covariate, and the split by destination.
  const exit = exitModelAsOf(history, asOf, params);
  const hz = exit.hazard;
  const exitBeta = Float64Array.from(hz.effects, (b, k) => b / hz.sd[k]!);
  const exitZ0 = Float64Array.from(codes, (c) => {
    let z = hz.intercept + (hz.offsets.get(c) ?? 0);
    for (let k = 0; k < NC; k++) z -= exitBeta[k]! * hz.mean[k]!;
    return z;
  });
  const exits = params.transitions.filter((t) => t.from === 'member');
  const exitCum = new Float64Array(exits.length);
  let acc = 0;
  for (let j = 0; j < exits.length; j++) {
    acc += exit.shares[j]!;
    // The last bucket takes any rounding left over.
    exitCum[j] = j === exits.length - 1 ? Number.POSITIVE_INFINITY : acc;
  }
  const exitTo = Int8Array.from(exits, (t) => statusCode(t.to));
  // Every other transition keeps its base rate, fitted from history and shrunk toward the prior.
  const order = params.transitions
    .map((t, k) => ({ t, k }))
    .filter(({ t }) => t.from !== 'member')
    .sort((a, b) => statusCode(a.t.from) - statusCode(b.t.from));
  const transStart = new Int32Array(STATUS_CODES.length + 1);
  for (const { t } of order) transStart[statusCode(t.from) + 1]! += 1;
  for (let s = 0; s < STATUS_CODES.length; s++) transStart[s + 1]! += transStart[s]!;
  const transRate = Float64Array.from(order, ({ k }) => f.hazard[k]!);
  const transTo = Int8Array.from(order, ({ t }) => statusCode(t.to));
  // A state that left comes back only for a modelled cause: a measured realignment with the hegemon (at least one
  // recent-weighted vote or statement) to at least the members' mean. A state with no recent record reads the prior, not a cause.
  const full = codes.map((_, i) => i).filter((i) => i !== hegemon && f.members[i]!.status === statusCode('member'));
  const meanAlign = full.length ? full.reduce((s, i) => s + align0[i]!, 0) / full.length : 0;
  const rejoinAlign = Float64Array.from(codes, (c) =>
    !params.hazard.rejoin_needs_alignment
      ? Number.NEGATIVE_INFINITY
      : (sm(c).alignmentWeight ?? 0) >= 1
        ? meanAlign
        : Number.POSITIVE_INFINITY,
  );
  const count = (k: number) => Float64Array.from(codes, (c) => exit.counts.get(c)?.[k] ?? 0);
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
    exitZ0,
    exitBeta,
    exitCum,
    exitTo,
    rejoinAlign,
    unanswered0: count(0),
    boycotts0: count(1),
    absences0: count(2),
    fbAlign: Float64Array.from(OUTCOMES, (o) => fb.alignment[o]),
    fbPart: Float64Array.from(OUTCOMES, (o) => fb.participation[o]),
    unanswered: Uint8Array.from(OUTCOMES, (o) => (params.unanswered_outcomes.includes(o) ? 1 : 0)),
    fbBoycott: fb.boycott,
    fbAbsence: fb.absence,
    drift: fb.outside_pull_drift,
    reversion: perMonth(fb.reversion_half_life_months),
    countDecay: Math.pow(2, -1 / params.hazard.half_life_months),
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
