import { dataGap, type DataGap, type Freshness } from '../domain/index.js';
import type { Workspace } from './workspace.js';

/** How fresh the workspace's data is: latest event, curation day, last feed poll, pending proposals. */
export function freshness(ws: Workspace): Freshness {
  // Not memoised: a feed poll or a proposal changes it without changing the chronicle.
  const f = {
    today: ws.today(),
    latest_event: ws.store.latestEvent() ?? null,
    curated_to: ws.store.manifest()?.curated_to ?? null,
    last_poll: ws.store.feeds.lastPoll(),
    pending: ws.store.proposals.pending(),
  };
  return { ...f, data_day: dataDay(f) };
}

/** The gap between the chronicle's latest event and a day asked for, or null when the data reaches it. */
export function gapFor(ws: Workspace, asOf: string): DataGap | null {
  return dataGap(freshness(ws), asOf);
}

/**
 * Whether a month (YYYY-MM) of the panel lies wholly after the chronicle's latest event: its figures
 * are the last known state carried forward (decayed), not measured. Every month is, of an empty chronicle.
 */
export function extrapolatedAfter(ws: Workspace): (month: string) => boolean {
  const last = ws.store.latestEvent()?.day.slice(0, 7) ?? '';
  return (month) => month > last;
}

/**
 * The latest day the data speaks for: the later of the latest event and the day the pack was
 * curated to (the curator vouches that nothing happened in between), never after today. Forms
 * and defaults start there.
 */
export function latestDataDay(ws: Workspace): string {
  const f = freshness(ws);
  return dataDay(f);
}

function dataDay(f: Omit<Freshness, 'data_day'>): string {
  const latest = [f.latest_event?.day ?? '', f.curated_to ?? ''].sort().at(-1)!;
  return latest !== '' && latest < f.today ? latest : f.today;
}
