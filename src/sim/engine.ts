import { STATUS_CODES } from './history.js';
import { THREAT_LIST } from './params.js';
import type { Plan } from './plan.js';
import { Rng } from './rng.js';
import { binOf, cellOffset } from './table.js';

const MEMBER = 0;
const ANNOUNCED = 3;
const WITHDRAWN = 4;
const NS = STATUS_CODES.length;
const NT = THREAT_LIST.length;

/**
 * Streaming counts over runs: per-member event flags, status at the horizon and a histogram of the
 * alliance index per month. Its size depends on members × horizon × bins, never on the number of runs.
 */
export class Tally {
  runs = 0;
  readonly statusAtHorizon: Float64Array;
  readonly unanswered: Float64Array;
  readonly changed: Float64Array;
  readonly boycott: Float64Array;
  readonly absence: Float64Array;
  readonly histogram: Uint32Array;

  constructor(
    readonly n: number,
    readonly horizon: number,
    readonly bins: number,
  ) {
    this.statusAtHorizon = new Float64Array(n * NS);
    this.unanswered = new Float64Array(n);
    this.changed = new Float64Array(n);
    this.boycott = new Float64Array(n);
    this.absence = new Float64Array(n);
    this.histogram = new Uint32Array(horizon * bins);
  }
}

/** Scratch state of one run, reused across runs so the loop allocates nothing. */
export class Scratch {
  readonly status: Int8Array;
  readonly monthsIn: Int32Array;
  readonly align: Float64Array;
  readonly part: Float64Array;
  readonly grievance: Float64Array;
  readonly boycotts: Float64Array;
  readonly absences: Float64Array;
  readonly flags: Uint8Array;
  constructor(n: number) {
    this.status = new Int8Array(n);
    this.monthsIn = new Int32Array(n);
    this.align = new Float64Array(n);
    this.part = new Float64Array(n);
    this.grievance = new Float64Array(n);
    this.boycotts = new Float64Array(n);
    this.absences = new Float64Array(n);
    this.flags = new Uint8Array(n);
  }
}

const F_UNANSWERED = 1;
const F_CHANGED = 2;
const F_BOYCOTT = 4;
const F_ABSENCE = 8;

/** Simulates run `run` of seed `seed` month by month and adds it to the tally; the run's stream depends only on (seed, run). */
export function simulateRun(p: Plan, seed: number, run: number, t: Tally, s: Scratch): void {
  const rng = new Rng(seed, run);
  const n = p.codes.length;
  const { status, monthsIn, align, part, grievance, boycotts, absences, flags } = s;
  status.set(p.status0);
  monthsIn.set(p.monthsIn0);
  align.set(p.align0);
  part.set(p.part0);
  grievance.set(p.unanswered0);
  boycotts.set(p.boycotts0);
  absences.set(p.absences0);
  flags.fill(0);
  let guarantee = p.guarantee0;
  let conflictI = p.conflict0 / Math.max(1e-9, 1 - p.conflict0);
  const tb = p.table;
  const w = p.weights;
  for (let m = 0; m < p.horizon; m++) {
    const cap = p.capacity[m]!;
    const capBin = binOf(cap, tb.capacityBins);
    conflictI *= p.conflictDecay;
    let sumPart = 0,
      sumAlign = 0,
      sumPull = 0,
      parties = 0,
      others = 0,
      statusSum = 0;
    for (let i = 0; i < n; i++) {
      const st = status[i]!;
      const pull = p.pull[m * n + i]!;
      const party = st !== WITHDRAWN;
      // A crisis on the member's soil; only a full member asks the alliance for help.
      if (party && rng.next() < p.crisisRate[i]!) {
        const u = rng.next();
        let th = 0;
        while (u >= p.threatCum[i * NT + th]!) th++;
        if (p.adversaryParty[i * NT + th] === 1) conflictI += 1;
        if (st === MEMBER && rng.next() < p.requestProb[i]!) {
          const at = cellOffset(tb, i, th, binOf(align[i]!, tb.alignmentBins), capBin);
          const v = rng.next();
          let o = 0;
          while (v >= tb.cum[at + o]!) o++;
          const da = p.fbAlign[o]!,
            dp = p.fbPart[o]!;
          // Gains close part of the gap to 1, losses take part of what is left: values stay in 0..1.
          align[i] = align[i]! + (da > 0 ? da * (1 - align[i]!) : da * align[i]!);
          part[i] = part[i]! + (dp > 0 ? dp * (1 - part[i]!) : dp * part[i]!);
          guarantee += p.guaranteeRate * (p.outcomeScore[o]! - guarantee);
          if (p.unanswered[o] === 1) {
            flags[i] = flags[i]! | F_UNANSWERED;
            grievance[i] = grievance[i]! + 1;
          }
        }
      }
      const mult = p.statusMult[st]!;
      if (mult > 0) {
        const e = mult * Math.exp(p.betaDisengagement * (p.part0[i]! - part[i]!));
        if (rng.next() < p.boycottRate[i]! * e) {
          flags[i] = flags[i]! | F_BOYCOTT;
          part[i] = part[i]! + p.fbBoycott * part[i]!;
          boycotts[i] = boycotts[i]! + 1;
        }
        if (rng.next() < p.absenceRate[i]! * e) {
          flags[i] = flags[i]! | F_ABSENCE;
          part[i] = part[i]! + p.fbAbsence * part[i]!;
          absences[i] = absences[i]! + 1;
        }
      }
      align[i] = align[i]! + (p.align0[i]! - align[i]!) * p.reversion - p.drift * pull * align[i]!;
      part[i] = part[i]! + (p.part0[i]! - part[i]!) * p.reversion;
      grievance[i] = grievance[i]! * p.countDecay;
      boycotts[i] = boycotts[i]! * p.countDecay;
      absences[i] = absences[i]! * p.countDecay;
      if (i !== p.hegemon) {
        let next = -1;
        if (st === ANNOUNCED && monthsIn[i]! >= p.notice) next = WITHDRAWN;
        else if (st === MEMBER) {
          // The fitted exit hazard of the member's own record; an exit's destination by the fitted shares.
          const b = p.exitBeta;
          const z =
            p.exitZ0[i]! + b[0]! * grievance[i]! + b[1]! * boycotts[i]! + b[2]! * absences[i]! + b[3]! * (1 - align[i]!) + b[4]! * pull;
          const h = 1 / (1 + Math.exp(-z));
          const u = rng.next();
          if (u < h) {
            const v = u / h;
            let j = 0;
            while (v >= p.exitCum[j]!) j++;
            next = p.exitTo[j]!;
          }
        } else if (st !== WITHDRAWN || align[i]! >= p.rejoinAlign[i]!) {
          const lo = p.transStart[st]!,
            hi = p.transStart[st + 1]!;
          if (hi > lo) {
            const u = rng.next();
            let acc = 0;
            for (let k = lo; k < hi; k++) {
              acc += p.transRate[k]!;
              if (u < acc) {
                next = p.transTo[k]!;
                break;
              }
            }
          }
        }
        if (next >= 0) {
          status[i] = next;
          monthsIn[i] = 0;
          flags[i] = flags[i]! | F_CHANGED;
        } else monthsIn[i] = monthsIn[i]! + 1;
      }
      const now = status[i]!;
      statusSum += p.statusScore[now]!;
      if (now !== WITHDRAWN || p.status0[i] !== WITHDRAWN) others++;
      if (now !== WITHDRAWN) {
        parties++;
        sumPart += part[i]!;
        sumAlign += align[i]!;
        if (i !== p.hegemon) sumPull += pull;
      }
    }
    const conflict = conflictI / (1 + conflictI);
    const x =
      w.participation * (parties ? sumPart / parties : 0) +
      w.guarantee * guarantee +
      w.alignment * (parties ? sumAlign / parties : 0) +
      w.conflict * (1 - conflict) +
      w.outside_pull * (1 - (parties > 1 ? sumPull / (parties - (p.hegemon >= 0 ? 1 : 0)) : 0)) +
      w.status * (others ? statusSum / others : 0);
    const index = x < 0 ? 0 : x > 1 ? 1 : x;
    t.histogram[m * t.bins + binOf(index, t.bins)]! += 1;
  }
  for (let i = 0; i < n; i++) {
    t.statusAtHorizon[i * NS + status[i]!]! += 1;
    const f = flags[i]!;
    if (f & F_UNANSWERED) t.unanswered[i]! += 1;
    if (f & F_CHANGED) t.changed[i]! += 1;
    if (f & F_BOYCOTT) t.boycott[i]! += 1;
    if (f & F_ABSENCE) t.absence[i]! += 1;
  }
  t.runs++;
}
