// Turns the figures into the markdown tables of docs/; the same input always gives the same text.
import type { Figures } from './compute.js';

const f3 = (x: number | null): string => (x === null ? '–' : x.toFixed(3));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const range = (r: readonly [number, number], fmt = f3): string => `[${fmt(r[0])}, ${fmt(r[1])}]`;
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

type Model = Figures['model'];
type Sim = Figures['simulator'];
type Ind = Figures['indicators'];

function variants(m: Model): string {
  const v = m.variants;
  const p = v.perturbed;
  return [
    table(
      ['variant', 'accuracy', 'log-loss', 'Brier'],
      [
        ['refit leave-one-out (`fit.fitted` refitted on the other cases)', f3(v.refit.accuracy), f3(v.refit.log_loss), f3(v.refit.brier)],
        ['no refit (params.json as frozen)', f3(v.no_refit.accuracy), f3(v.no_refit.log_loss), f3(v.no_refit.brier)],
        [
          `weak prior (prior sd ${v.weak_prior.prior_sd}, grid ${v.weak_prior.grid.join('–').replace(/–.*–/, '…')})`,
          f3(v.weak_prior.accuracy),
          f3(v.weak_prior.log_loss),
          f3(v.weak_prior.brier),
        ],
        [
          `hand-set values perturbed (median of ${p.draws} draws, log sd ${p.log_sd}; 10–90%)`,
          `${f3(p.accuracy)} ${range(p.range_10_90.accuracy)}`,
          `${f3(p.log_loss)} ${range(p.range_10_90.log_loss)}`,
          `${f3(p.brier)} ${range(p.range_10_90.brier)}`,
        ],
        ['baseline: outcome frequencies of the other cases', '', f3(m.baselines.frequency.log_loss), f3(m.baselines.frequency.brier)],
        ['baseline: always none', '', f3(m.baselines.always_none.log_loss), f3(m.baselines.always_none.brier)],
      ],
    ),
    '',
    `${m.cases} cases, parameters ${m.params_version}. Missed by the refit: ${m.misses.map((x) => `\`${x.id}\` (${x.actual}, p ${f3(x.p_actual)})`).join(', ')}.`,
  ].join('\n');
}

function sensitivity(m: Model): string {
  return table(
    ['declared prior', 'frozen', 'tried', 'accuracy', 'log-loss', 'Brier'],
    m.sensitivity.map((s) => [`\`${s.choice}\``, String(s.frozen), String(s.value), f3(s.accuracy), f3(s.log_loss), f3(s.brier)]),
  );
}

function reliability(m: Model): string {
  return table(
    ['forecast', 'forecasts', 'mean forecast', 'observed'],
    m.reliability.map((b) => [
      `${pct(b.lo)}–${pct(b.hi)}`,
      b.forecasts,
      b.mean_forecast === null ? '–' : pct(b.mean_forecast),
      b.observed === null ? '–' : pct(b.observed),
    ]),
  );
}

function intervals(m: Model): string {
  const outcomes = ['deploy', 'mission', 'statement', 'none'] as const;
  return table(
    ['request', 'fitted on', ...outcomes],
    m.assessed.map((a) => [
      `${a.request.requester} → ${a.request.asked}, ${a.request.date}, ${a.request.threat.replace('_', ' ')}${a.request.adversary ? ` by ${a.request.adversary}` : ''}`,
      `${a.fitted_on} cases`,
      ...outcomes.map((o) => `${pct(a.distribution[o])} [${pct(a.intervals[o][0])}, ${pct(a.intervals[o][1])}]`),
    ]),
  );
}

function walkForward(s: Sim): string {
  const w = s.walk_forward;
  const rows = (['status_change', 'exercise_boycott', 'summit_absence'] as const).flatMap((k) => {
    const a = w.outcomes[k];
    const z = w.effects_zero.outcomes[k];
    const ci = (c: [number, number] | null) => (c === null ? '' : range(c));
    return [
      [
        k.replace('_', ' '),
        'fitted',
        a.cases,
        a.positives,
        a.distinct_events,
        a.brier.toFixed(4),
        a.brier_climatology.toFixed(4),
        `${f3(a.bss_climatology)} ${ci(a.ci90.bss_climatology)}`,
        `${f3(a.bss_persistence)} ${ci(a.ci90.bss_persistence)}`,
      ],
      [
        '',
        'effects zero',
        z.cases,
        z.positives,
        z.distinct_events,
        z.brier.toFixed(4),
        z.brier_climatology.toFixed(4),
        `${f3(z.bss_climatology)} ${ci(z.ci90.bss_climatology)}`,
        `${f3(z.bss_persistence)} ${ci(z.ci90.bss_persistence)}`,
      ],
    ];
  });
  return [
    table(
      [
        'outcome',
        'exit hazard',
        'cases',
        'positive windows',
        'distinct events',
        'Brier',
        'Brier climatology',
        'BSS vs climatology [90%]',
        'BSS vs persistence [90%]',
      ],
      rows,
    ),
    '',
    `${w.origins} quarterly origins ${w.first_origin} to ${w.last_origin}, 12 months ahead, ${w.runs_per_origin} runs per origin, seed ${w.seed}.`,
  ].join('\n');
}

function exitHazard(s: Sim): string {
  const h = s.exit_hazard;
  return [
    table(
      ['covariate (per sd)', 'effect on the log-odds'],
      Object.entries(h.effects).map(([k, v]) => [k.replace('_', ' '), f3(v)]),
    ),
    '',
    `Fitted on ${h.rows} member-months with ${h.events} exits up to ${h.as_of}; intercept ${f3(h.intercept)} (logit of the monthly hazard of an average member).`,
  ].join('\n');
}

function forecast(s: Sim): string {
  const f = s.forecast;
  return [
    table(
      ['state', 'status on the day', 'member', 'frozen', 'suspended', 'withdrawn', 'any change'],
      f.members.map((m) => [
        m.code,
        m.start.replace('_', ' '),
        pct(m.member),
        pct(m.frozen),
        pct(m.suspended),
        pct(m.withdrawn),
        pct(m.change),
      ]),
    ),
    '',
    `\`bloc simulate --as-of ${f.asOf} --horizon ${f.horizon} --runs ${f.runs} --seed ${f.seed}\`.`,
  ].join('\n');
}

function kgz(i: Ind): string {
  return table(
    ['as of', 'KGZ cohesion', 'guarantee', 'requests scored', 'pending'],
    i.kgz.map((k) => [k.day, k.cohesion.toFixed(2), f3(k.guarantee), k.requests, k.pending]),
  );
}

function allianceVsMembers(i: Ind): string {
  const comps = Object.keys(i.alliance[0]!.components);
  return table(
    ['as of', 'alliance', 'members (low–high)', ...comps.map((c) => `${c.replace('_', ' ')}: alliance / members' mean`)],
    i.alliance.map((a) => [
      a.day,
      a.alliance.toFixed(2),
      `${a.members_low.toFixed(2)}–${a.members_high.toFixed(2)}`,
      ...comps.map((c) => `${f3(a.components[c]!.alliance)} / ${f3(a.components[c]!.members_mean)}`),
    ]),
  );
}

function seedClaim(i: Ind): string {
  const s = i.seed_claim;
  return [
    table(
      ['component', `value on ${s.day}`, `earlier months worse (of ${s.months_before})`],
      Object.entries(s.components).map(([c, v]) => [c.replace('_', ' '), f3(v.value), v.months_worse]),
    ),
    '',
    `Alliance index on ${s.day}: ${s.alliance.toFixed(2)}; ${s.months_lower} of the ${s.months_before} earlier months were lower (lowest: ${s.lowest.map((l) => `${l.month} ${l.alliance.toFixed(2)}`).join(', ')}).`,
  ].join('\n');
}

/** Each generated block of docs/, by file and block name. */
export const BLOCKS: Readonly<Record<string, Readonly<Record<string, (f: Figures) => string>>>> = {
  'docs/model.md': {
    'backtest-variants': (f) => variants(f.model),
    'backtest-sensitivity': (f) => sensitivity(f.model),
    'backtest-reliability': (f) => reliability(f.model),
    'assess-intervals': (f) => intervals(f.model),
  },
  'docs/simulator.md': {
    'walk-forward': (f) => walkForward(f.simulator),
    'exit-hazard': (f) => exitHazard(f.simulator),
    'forecast-2022-10-21': (f) => forecast(f.simulator),
  },
  'docs/indicators.md': {
    'kgz-2022-10-19': (f) => kgz(f.indicators),
    'alliance-vs-members': (f) => allianceVsMembers(f.indicators),
    'seed-claim': (f) => seedClaim(f.indicators),
  },
};
