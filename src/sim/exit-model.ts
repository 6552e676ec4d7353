import { dayOf } from '../domain/index.js';
import { fitExitHazard, withoutEffects, type ExitHazard } from './hazard-fit.js';
import { RecordReader, hazardPanel, type PanelRow } from './hazard-panel.js';
import { monthOfDay } from './history.js';
import type { SimParams } from './params.js';
import { engineFor } from './start.js';
import type { SimHistory } from './types.js';

/** The exit model as of a day: the fitted hazard, each member's decayed counts then, and the split of exits by destination. */
export interface ExitModel {
  readonly hazard: ExitHazard;
  /** Unanswered requests, boycotts and absences, decayed, per member on the as-of day. */
  readonly counts: ReadonlyMap<string, readonly [number, number, number]>;
  /** Share of exits going to each destination, indexed like the `member` transitions of params.json. */
  readonly shares: readonly number[];
}

interface Cached {
  readonly key: string;
  readonly reader: RecordReader;
  readonly panel: readonly PanelRow[];
  /** Fits by the first month left out: origins in one month, and the zero-effects run, share one. */
  readonly fits: Map<number, ExitHazard>;
}

// The panel over the whole history, built once: a row's covariates are as known when its month
// began, so the rows before an origin are the same whether built then or later.
const cache = new WeakMap<SimHistory, Cached>();

function panelOf(history: SimHistory, params: SimParams): Cached {
  const h = params.hazard;
  const exitPriors = params.transitions.filter((t) => t.from === 'member').map((t) => t.prior);
  const key = [
    h.half_life_months,
    h.intercept_sd,
    h.effect_sd,
    h.member_sd,
    params.unanswered_outcomes.join(','),
    history.alliance.hegemon,
    exitPriors.join(','),
  ].join('|');
  const hit = cache.get(history);
  if (hit && hit.key === key) return hit;
  const reader = new RecordReader(history, engineFor(history), params.hazard.half_life_months, params.unanswered_outcomes);
  const c = {
    key,
    reader,
    panel: hazardPanel(history, reader, history.curatedTo, history.alliance.hegemon),
    fits: new Map<number, ExitHazard>(),
  };
  cache.set(history, c);
  return c;
}

/** Fits the exit hazard on the member-months that had ended by `asOf`, with the priors of params.json. */
export function exitModelAsOf(history: SimHistory, asOf: string, params: SimParams): ExitModel {
  const { reader, panel, fits } = panelOf(history, params);
  const month = monthOfDay(asOf);
  const train = panel.filter((r) => r.month < month);
  const exits = params.transitions.filter((t) => t.from === 'member');
  const base = exits.reduce((s, t) => s + t.prior, 0);
  const h = params.hazard;
  let fitted = fits.get(month);
  if (!fitted)
    fits.set(
      month,
      (fitted = fitExitHazard(train, { base_rate: base, intercept_sd: h.intercept_sd, effect_sd: h.effect_sd, member_sd: h.member_sd })),
    );
  // Destinations: the exits seen so far, shrunk toward the priors' split with two pseudo-exits.
  const seen = exits.map((t) => train.filter((r) => r.to === t.to).length + (2 * t.prior) / base);
  const total = seen.reduce((a, b) => a + b, 0);
  const day = dayOf(asOf);
  const counts = new Map(history.members.map((m) => [m.code, reader.counts(m.code, day)] as const));
  return { hazard: h.zero_effects ? withoutEffects(fitted) : fitted, counts, shares: seen.map((x) => x / total) };
}
