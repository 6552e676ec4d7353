import {
  dayOf,
  dayString,
  firstAskableDay,
  knownDay,
  type AllianceSnapshot,
  type ChronicleEvent,
  type Member,
  type Summit,
} from '../domain/index.js';
import { prepareIndicators, type IndicatorEngine } from '../indicators/index.js';

/**
 * Each party's alignment with the hegemon and its participation in the alliance's life (the
 * indicators' components, 0..1), with the priors they shrink toward.
 */
export interface AlignmentReading {
  readonly values: Readonly<Record<string, number>>;
  readonly prior: number;
  readonly participation: Readonly<Record<string, number>>;
  readonly participation_prior: number;
}

interface Cached {
  readonly members: readonly Member[];
  readonly summits: readonly Summit[];
  readonly today: number;
  readonly engine: IndicatorEngine;
}

// One compiled engine per event list: the backtest and the walk-forward ask it for many dates, and an
// as-of query costs a snapshot copy, while compiling costs the whole chronicle.
const engines = new WeakMap<readonly ChronicleEvent[], Cached>();

function engineFor(data: Pick<AllianceSnapshot, 'alliance' | 'members' | 'summits' | 'events'>, day: number): IndicatorEngine {
  const { members, summits, events } = data;
  const hit = engines.get(events);
  // Participation counts summits, so an engine compiled without them cannot serve a caller that has them.
  if (hit && hit.members === members && hit.summits === summits && hit.today >= day) return hit.engine;
  // "Today" only bounds the queries; the engine counts nothing known after the as-of day whatever it is.
  let today = day;
  for (const e of events) today = Math.max(today, knownDay(e) ?? today);
  const engine = prepareIndicators({ alliance: data.alliance, members, summits, events, today: dayString(today) });
  engines.set(events, { members, summits, today, engine });
  return engine;
}

/**
 * The indicators' alignment and participation of every party as known on `date` (src/indicators, no
 * look-ahead). Summits do not enter alignment; participation counts them. Before the series begins,
 * nothing is known and the reading is empty (every member at the priors).
 */
export function alignmentAsOf(data: Pick<AllianceSnapshot, 'alliance' | 'members' | 'summits' | 'events'>, date: string): AlignmentReading {
  const engine = engineFor(data, dayOf(date));
  const prior = engine.compiled.weights.priors.alignment.mean;
  const participationPrior = engine.compiled.weights.priors.participation.mean;
  if (date < firstAskableDay(data.alliance)) return { values: {}, prior, participation: {}, participation_prior: participationPrior };
  const values: Record<string, number> = {};
  const participation: Record<string, number> = {};
  for (const m of engine.asOf(date).members) {
    values[m.code] = m.components.alignment.value;
    participation[m.code] = m.components.participation.value;
  }
  return { values, prior, participation, participation_prior: participationPrior };
}
