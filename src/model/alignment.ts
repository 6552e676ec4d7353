import { dayOf, dayString, knownDay, type ChronicleEvent, type Member, type Summit } from '../domain/index.js';
import { FIRST_DAY, prepareIndicators, type IndicatorEngine } from '../indicators/index.js';

/** Each party's alignment with the hegemon (the indicators' component, 0..1) and the prior it shrinks toward. */
export interface AlignmentReading {
  readonly values: Readonly<Record<string, number>>;
  readonly prior: number;
}

interface Cached {
  readonly members: readonly Member[];
  readonly today: number;
  readonly engine: IndicatorEngine;
}

// One compiled engine per event list: the backtest and the walk-forward ask it for many dates, and an
// as-of query costs a snapshot copy, while compiling costs the whole chronicle.
const engines = new WeakMap<readonly ChronicleEvent[], Cached>();

function engineFor(members: readonly Member[], summits: readonly Summit[], events: readonly ChronicleEvent[], day: number): IndicatorEngine {
  const hit = engines.get(events);
  if (hit && hit.members === members && hit.today >= day) return hit.engine;
  // "Today" only bounds the queries; the engine counts nothing known after the as-of day whatever it is.
  let today = day;
  for (const e of events) today = Math.max(today, knownDay(e) ?? today);
  const engine = prepareIndicators({ members, summits, events, today: dayString(today) });
  engines.set(events, { members, today, engine });
  return engine;
}

/**
 * The indicators' alignment of every party as known on `date` (src/indicators, no look-ahead). Summits
 * do not enter alignment, so a caller without them loses nothing here. Before the series begins,
 * nothing is known and the reading is empty (every member at the prior).
 */
export function alignmentAsOf(
  data: { readonly members: readonly Member[]; readonly summits?: readonly Summit[] | undefined; readonly events: readonly ChronicleEvent[] },
  date: string,
): AlignmentReading {
  const engine = engineFor(data.members, data.summits ?? [], data.events, dayOf(date));
  const prior = engine.compiled.weights.priors.alignment.mean;
  if (date < FIRST_DAY) return { values: {}, prior };
  const values: Record<string, number> = {};
  for (const m of engine.asOf(date).members) values[m.code] = m.components.alignment.value;
  return { values, prior };
}
