import { dayString, isPartyStatus } from '../domain/index.js';
import type { Compiled } from './compile.js';
import { SLOT, at, decayTo, tauDays } from './ledger.js';
import type { AllianceIndicators, AsOfResult, ComponentValue, Coverage, MemberIndicators } from './types.js';
import { COMPONENTS, type Component, type IndicatorWeights } from './weights.js';

/** Composite index 0..100 from component values; conflict and outside pull count against cohesion. */
export function compositeOf(v: Readonly<Record<Component, number>>, w: Readonly<Record<Component, number>>): number {
  const x =
    w.participation * v.participation +
    w.guarantee * v.guarantee +
    w.alignment * v.alignment +
    w.conflict * (1 - v.conflict) +
    w.outside_pull * (1 - v.outside_pull) +
    w.status * v.status;
  return 100 * Math.min(1, Math.max(0, x));
}

const decay = (w: IndicatorWeights, c: Component, day: number, epoch: number): number =>
  decayTo(day, tauDays(w.half_life_months[c]), epoch);

// A share shrunk towards its prior: with no observations it is exactly the prior.
function share(good: number, total: number, prior: { mean: number; weight: number }, n: number): ComponentValue {
  const weight = Math.max(0, total);
  const value = (prior.weight * prior.mean + Math.max(0, good)) / (prior.weight + weight);
  return { value: Math.min(1, Math.max(0, value)), n, weight, measured: n > 0 };
}

// A decayed intensity mapped into 0..1: half-way at `scale`; no events on record reads as 0.
function pressure(intensity: number, scale: number, n: number): ComponentValue {
  const weight = Math.max(0, intensity);
  return { value: weight / (scale + weight), n, weight, measured: n > 0 };
}

function coverage(l: Float64Array, row: number): Coverage {
  const n = (slot: number): number => Math.round(at(l, row, slot));
  return {
    exercises_taken_part: n(SLOT.N_EXERCISE),
    exercises_not_listed: n(SLOT.N_UNLISTED),
    exercises_boycotted: n(SLOT.N_BOYCOTT),
    exercises_cancelled: n(SLOT.N_CANCEL),
    summits_attended: n(SLOT.N_SUMMIT_IN),
    summits_missed: n(SLOT.N_SUMMIT_OUT),
    declarations_refused: n(SLOT.N_REFUSAL),
    requests: n(SLOT.N_REQUEST),
    requests_pending: n(SLOT.N_PENDING),
    un_votes: n(SLOT.N_VOTE),
    alignment_events: n(SLOT.N_ALIGN),
    clashes: n(SLOT.N_CLASH),
    outside_cooperation: n(SLOT.N_COOP),
  };
}

// Components that come straight from a row of the ledger.
function rowComponents(c: Compiled, l: Float64Array, row: number, day: number) {
  const w = c.weights;
  const cov = coverage(l, row);
  const dP = decay(w, 'participation', day, c.epoch);
  const dG = decay(w, 'guarantee', day, c.epoch);
  const dA = decay(w, 'alignment', day, c.epoch);
  const nP =
    cov.exercises_taken_part +
    cov.exercises_not_listed +
    cov.exercises_boycotted +
    cov.exercises_cancelled +
    cov.summits_attended +
    cov.summits_missed +
    cov.declarations_refused;
  return {
    cov,
    participation: share(at(l, row, SLOT.P_GOOD) * dP, at(l, row, SLOT.P_TOTAL) * dP, w.priors.participation, nP),
    guarantee: share(at(l, row, SLOT.G_GOOD) * dG, at(l, row, SLOT.G_TOTAL) * dG, w.priors.guarantee, cov.requests),
    alignment: share(at(l, row, SLOT.A_GOOD) * dA, at(l, row, SLOT.A_TOTAL) * dA, w.priors.alignment, cov.un_votes + cov.alignment_events),
    conflict: pressure(at(l, row, SLOT.C_INTENSITY) * decay(w, 'conflict', day, c.epoch), w.conflict.scale, cov.clashes),
    outside_pull: pressure(
      at(l, row, SLOT.O_INTENSITY) * decay(w, 'outside_pull', day, c.epoch),
      w.outside_pull.scale,
      cov.outside_cooperation,
    ),
  };
}

function values(components: Record<Component, ComponentValue>, w: IndicatorWeights): number {
  const v = Object.fromEntries(COMPONENTS.map((k) => [k, components[k].value])) as Record<Component, number>;
  return compositeOf(v, w.composite);
}

/** Every member's and the alliance's indicators from a ledger that holds what was known on `day`. */
export function evaluate(c: Compiled, l: Float64Array, day: number): AsOfResult {
  const w = c.weights;
  const members: MemberIndicators[] = c.roster.members.map((m, row) => {
    const { cov, ...rest } = rowComponents(c, l, row, day);
    const deFacto = c.roster.deFacto(row, day);
    const score = w.status[deFacto];
    const status: ComponentValue = { value: score, n: c.roster.intervalsBegun(row, day), weight: 1, measured: deFacto !== 'not_joined' };
    // The hegemon agrees with itself by definition.
    const alignment = row === c.hegemonRow ? { value: 1, n: 0, weight: 0, measured: false } : rest.alignment;
    const components = { ...rest, alignment, status };
    return {
      code: m.code,
      name: m.name,
      cow: m.cow,
      in_alliance: isPartyStatus(deFacto),
      status: { de_jure: c.roster.deJureStatus(row, day), de_facto: deFacto, score },
      cohesion: values(components, w),
      components,
      coverage: cov,
    };
  });
  return { as_of: dayString(day), alliance: alliance(c, l, day, members), members };
}

// Pull is averaged over the parties other than the hegemon; status is the share of parties
// standing fully, with recent leavers still counted in the denominator and fading out.
function alliance(c: Compiled, l: Float64Array, day: number, members: readonly MemberIndicators[]): AllianceIndicators {
  const w = c.weights;
  const { cov, ...rest } = rowComponents(c, l, c.roster.size, day);
  const tauS = tauDays(w.half_life_months.status);
  let statusSum = 0;
  let statusDen = 0;
  let pullSum = 0;
  let pullN = 0;
  let pullObs = 0;
  members.forEach((m, row) => {
    if (m.in_alliance) {
      statusSum += m.status.score;
      statusDen += 1;
      if (row !== c.hegemonRow) {
        pullSum += m.components.outside_pull.value;
        pullN += 1;
        pullObs += m.components.outside_pull.n;
      }
    } else if (m.status.de_facto === 'withdrawn') {
      const since = c.roster.withdrawnSince(row, day);
      if (since !== undefined) statusDen += Math.exp(-(day - since) / tauS);
    }
  });
  const parties = members.filter((m) => m.in_alliance).length;
  const status: ComponentValue = { value: statusDen > 0 ? statusSum / statusDen : 0, n: parties, weight: statusDen, measured: parties > 0 };
  const outside_pull: ComponentValue = {
    value: pullN > 0 ? pullSum / pullN : 0,
    n: pullObs,
    weight: rest.outside_pull.weight,
    measured: pullObs > 0,
  };
  const components = { ...rest, outside_pull, status };
  return {
    cohesion: values(components, w),
    components,
    coverage: cov,
    parties,
    full_members: members.filter((m) => m.status.de_facto === 'member').length,
  };
}
