import { BlocError, IsoDay, dayOf, dayString, type CodedRecord } from '../domain/index.js';
import type { AsOfResult } from '../indicators/index.js';
import { caseDay, type Assessment } from '../model/index.js';
import type { SimResult } from '../sim/index.js';
import { assess, indicatorEngine, runSimulation } from './analyses.js';
import { deskChoice, pendingRequests, type DeskChoice, type PendingRequest } from './brief-requests.js';
import { codedEvents } from './event-codes.js';
import type { Workspace } from './workspace.js';

/** One point of the brief's index chart: the figures as known on `as_of`. */
export interface BriefPoint {
  readonly as_of: string;
  readonly alliance: number;
  /** Each member's index while it is a party; null while it is not. */
  readonly members: Readonly<Record<string, number | null>>;
}

/** What the crisis desk says about the likeliest next request, or why it says nothing. */
export type DeskView =
  | (DeskChoice & {
      readonly assessment: Assessment & { readonly fitted_on: number };
      /** Requests among the fitted cases whose outcome was not yet known on the brief's day. */
      readonly fitted_ahead: readonly string[];
    })
  | { readonly rule: 'none'; readonly reason: string };

/** The simulator's outlook from the brief's day, or why there is none. */
export type Outlook = { readonly result: SimResult } | { readonly unavailable: string };

/** Everything a dated brief shows, all of it as known on `as_of` (no look-ahead). */
export interface Brief {
  readonly as_of: string;
  readonly alliance: { readonly code: string; readonly name: string; readonly hegemon: string };
  readonly pack: { readonly name: string; readonly version: string; readonly curated_to: string };
  readonly indices: { readonly now: AsOfResult; readonly series: readonly BriefPoint[] };
  readonly month: { readonly from: string; readonly to: string; readonly events: readonly CodedRecord[] };
  readonly pending: readonly PendingRequest[];
  readonly desk: DeskView;
  readonly outlook: Outlook;
}

export interface BriefOptions {
  readonly asOf: string;
  /** Simulator runs (seeded: the same seed gives the same outlook). */
  readonly runs?: number | undefined;
  readonly seed?: number | undefined;
  /** Months the outlook covers. */
  readonly horizon?: number | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export const BRIEF_DEFAULTS = { runs: 1000, seed: 1, horizon: 12 } as const;

const point = (r: AsOfResult): BriefPoint => ({
  as_of: r.as_of,
  alliance: r.alliance.cohesion,
  members: Object.fromEntries(r.members.map((m) => [m.code, m.in_alliance ? m.cohesion : null])),
});

/** The indices month by month up to the last month ended by `asOf`, then on `asOf` itself. */
function indices(ws: Workspace, asOf: string): Brief['indices'] {
  const engine = indicatorEngine(ws);
  const now = engine.asOf(asOf);
  const day = dayOf(asOf);
  const endsMonth = dayString(day + 1).endsWith('-01');
  const lastFull = endsMonth ? asOf.slice(0, 7) : dayString(dayOf(`${asOf.slice(0, 7)}-01`) - 1).slice(0, 7);
  const from = ws.alliance.founded.slice(0, 7);
  const months = lastFull >= from ? engine.series({ from, to: lastFull }) : [];
  const series = months.filter((p) => p.as_of < asOf).map(point);
  return { now, series: [...series, point(now)] };
}

function desk(ws: Workspace, pending: readonly PendingRequest[], asOf: string): DeskView {
  const last = ws.span().last;
  if (asOf > last) return { rule: 'none', reason: `the data end on ${last}; the crisis model is not run past them` };
  // Read what is known on the brief's day itself: the model reads the day before the request's.
  const day = asOf < last ? dayString(dayOf(asOf) + 1) : asOf;
  const choice = deskChoice(ws.snapshot(), pending, asOf, day);
  if (choice === undefined)
    return {
      rule: 'none',
      reason: 'no request is pending and no full member was attacked in a clash known in the year before this day',
    };
  // The model fits on every earlier case with the outcome the chronicle records; say which of those
  // outcomes were still unknown on the brief's day rather than hide it.
  const fittedAhead = pending
    .filter((p) => p.event.id !== choice.basis.id && (p.event.details as Record<string, unknown> | undefined)?.['outcome'] !== undefined)
    .filter((p) => caseDay(p.event) < choice.request.date)
    .map((p) => p.event.id);
  return { ...choice, assessment: assess(ws, choice.request), fitted_ahead: fittedAhead };
}

async function outlook(ws: Workspace, opts: BriefOptions): Promise<Outlook> {
  const last = ws.span().last;
  if (opts.asOf > last) return { unavailable: `the data end on ${last}; the simulator starts no later than that` };
  const result = await runSimulation(ws, {
    asOf: opts.asOf,
    runs: opts.runs ?? BRIEF_DEFAULTS.runs,
    seed: opts.seed ?? BRIEF_DEFAULTS.seed,
    horizon: opts.horizon ?? BRIEF_DEFAULTS.horizon,
    onProgress: opts.onProgress,
  });
  return { result };
}

/** Assembles the brief for a day, from the workspace's store and pack, using only what was known that day. */
export async function buildBrief(ws: Workspace, opts: BriefOptions): Promise<Brief> {
  if (!IsoDay.safeParse(opts.asOf).success)
    throw new BlocError(`as-of: ${JSON.stringify(opts.asOf)} is not a date (expected YYYY-MM-DD, a real day)`);
  const asOf = opts.asOf;
  const idx = indices(ws, asOf);
  const from = `${asOf.slice(0, 7)}-01`;
  const month = { from, to: asOf, events: codedEvents(ws, ws.store.events({ asOf, from, to: asOf })) };
  const pending = pendingRequests(ws.snapshot().events, asOf);
  return {
    as_of: asOf,
    alliance: { code: ws.alliance.code, name: ws.alliance.name, hegemon: ws.alliance.hegemon },
    pack: { name: ws.alliance.pack.name, version: ws.alliance.pack.version, curated_to: ws.alliance.curatedTo },
    indices: idx,
    month,
    pending,
    desk: desk(ws, pending, asOf),
    outlook: await outlook(ws, opts),
  };
}
