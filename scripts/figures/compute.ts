// Computes every figure the docs' tables show, from the same functions the commands print (bloc backtest,
// bloc assess, bloc backtest --simulate, bloc simulate, bloc indicators), on the data pack. Deterministic.
import { DEFAULT_PACK_DIR, loadPack, packFingerprint, type Pack } from '../../src/data/index.js';
import { COMPONENTS, prepareIndicators, type Component } from '../../src/indicators/index.js';
import { assessRequest, loadParams, runBacktest, type CrisisRequest } from '../../src/model/index.js';
import { COVARIATES, exitModelAsOf, historyOf, loadSimParams, simulateSync, walkForwardWithBaseline } from '../../src/sim/index.js';

/** The two requests whose intervals the docs report. */
export const ASSESSED: readonly CrisisRequest[] = [
  { requester: 'KAZ', asked: 'CSTO', date: '2022-01-05', threat: 'internal_unrest', adversary: null, article: '4' },
  { requester: 'ARM', asked: 'CSTO', date: '2022-09-13', threat: 'external_attack', adversary: 'AZE', article: '4' },
];
export const SEED_DAY = '2022-10-21';
export const ALLIANCE_DAYS = ['1999-06-30', '2013-06-30', SEED_DAY] as const;
export const KGZ_DAYS = ['2022-10-18', '2022-10-19', '2022-10-21', '2023-01-17', '2023-01-18'] as const;
export const WALK_FORWARD = { runs: 1000, seed: 1 } as const;
export const FORECAST = { asOf: SEED_DAY, horizon: 36, runs: 10_000, seed: 1 } as const;

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const r2 = (x: number): number => Math.round(x * 100) / 100;

/** The model's figures: the backtest (without its case rows' distributions) and the assessed requests' intervals. */
export function modelFigures(pack: Pack, draws?: number) {
  const params = loadParams(pack.alliance);
  const b = runBacktest(pack, params, { draws });
  const span = { first: '1992-05-15', last: pack.manifest.curated_to };
  const assessed = ASSESSED.map((request) => {
    const a = assessRequest(request, { data: pack, base: params, span });
    return { request, distribution: a.distribution, intervals: a.intervals, fitted_on: a.fitted_on };
  });
  return {
    params_version: b.params_version,
    cases: b.cases.length,
    misses: b.cases.filter((c) => !c.match).map((c) => ({ id: c.id, predicted: c.predicted, actual: c.actual, p_actual: r3(c.p_actual) })),
    baselines: b.baselines,
    variants: b.variants,
    sensitivity: b.sensitivity,
    reliability: b.reliability,
    assessed,
  };
}

/** The simulator's figures: the walk-forward (fitted and zero effects), the exit hazard as of the pack's last day, and the forecast from the seed's day. */
export function simulatorFigures(pack: Pack) {
  const history = historyOf(pack, pack.manifest.curated_to);
  const params = loadSimParams(pack.alliance);
  const wf = walkForwardWithBaseline({ history, ...WALK_FORWARD });
  const exit = exitModelAsOf(history, history.curatedTo, params);
  const f = simulateSync({ history, ...FORECAST });
  return {
    walk_forward: wf,
    exit_hazard: {
      as_of: history.curatedTo,
      rows: exit.hazard.rows,
      events: exit.hazard.events,
      intercept: r3(exit.hazard.intercept),
      effects: Object.fromEntries(COVARIATES.map((c, k) => [c, r3(exit.hazard.effects[k]!)])),
    },
    forecast: {
      ...FORECAST,
      members: f.members.map((m) => ({
        code: m.code,
        start: m.start_status,
        member: m.status_probabilities.member,
        frozen: m.status_probabilities.frozen,
        suspended: m.status_probabilities.suspended,
        withdrawn: m.status_probabilities.withdrawn,
        change: m.p_status_change,
      })),
    },
  };
}

/** The indicators' figures: Kyrgyzstan around its request of 2022-10-19, the alliance beside its members, and the seed's day. */
export function indicatorFigures(pack: Pack) {
  const eng = prepareIndicators({
    alliance: pack.alliance,
    members: pack.members,
    summits: pack.summits,
    events: pack.events,
    today: pack.manifest.curated_to,
  });
  const kgz = KGZ_DAYS.map((day) => {
    const m = eng.asOf(day, 'KGZ').members[0]!;
    return {
      day,
      cohesion: r2(m.cohesion),
      guarantee: r3(m.components.guarantee.value),
      requests: m.coverage.requests,
      pending: m.coverage.requests_pending,
    };
  });
  const alliance = ALLIANCE_DAYS.map((day) => {
    const r = eng.asOf(day);
    const inside = r.members.filter((m) => m.in_alliance);
    const mean = (c: Component) => r3(inside.reduce((s, m) => s + m.components[c].value, 0) / inside.length);
    return {
      day,
      alliance: r2(r.alliance.cohesion),
      members_low: r2(Math.min(...inside.map((m) => m.cohesion))),
      members_high: r2(Math.max(...inside.map((m) => m.cohesion))),
      components: Object.fromEntries(COMPONENTS.map((c) => [c, { alliance: r3(r.alliance.components[c].value), members_mean: mean(c) }])),
    };
  });
  const series = eng.series({ to: SEED_DAY.slice(0, 7) }).filter((p) => p.month < SEED_DAY.slice(0, 7));
  const seed = eng.asOf(SEED_DAY).alliance;
  const lowest = [...series].sort((a, b) => a.alliance.cohesion - b.alliance.cohesion).slice(0, 3);
  const worse = (c: Component, v: number): number =>
    series.filter((p) =>
      c === 'conflict' || c === 'outside_pull' ? p.alliance.components[c].value > v : p.alliance.components[c].value < v,
    ).length;
  return {
    kgz,
    alliance,
    seed_claim: {
      day: SEED_DAY,
      alliance: r2(seed.cohesion),
      months_before: series.length,
      months_lower: series.filter((p) => p.alliance.cohesion < seed.cohesion).length,
      lowest: lowest.map((p) => ({ month: p.month, alliance: r2(p.alliance.cohesion) })),
      components: Object.fromEntries(
        COMPONENTS.map((c) => [c, { value: r3(seed.components[c].value), months_worse: worse(c, seed.components[c].value) }]),
      ),
    },
  };
}

/** Everything, with the fingerprint of the data it was computed on. */
export function allFigures() {
  const pack = loadPack();
  return {
    pack_fingerprint: packFingerprint(DEFAULT_PACK_DIR),
    model: modelFigures(pack),
    simulator: simulatorFigures(pack),
    indicators: indicatorFigures(pack),
  };
}
export type Figures = ReturnType<typeof allFigures>;
