import { dataGap, type DataGap, type Freshness } from '../domain/index.js';
import type { Workspace } from './workspace.js';

/** How fresh the workspace's data is: latest event, curation day, last feed poll, pending proposals. */
export function freshness(ws: Workspace): Freshness {
  // Not memoised: a feed poll or a proposal changes it without changing the chronicle.
  return {
    today: ws.today(),
    latest_event: ws.store.latestEvent() ?? null,
    curated_to: ws.store.manifest()?.curated_to ?? null,
    last_poll: ws.store.feeds.lastPoll(),
    pending: ws.store.proposals.pending(),
  };
}

/** The gap between the chronicle's latest event and a day asked for, or null when the data reaches it. */
export function gapFor(ws: Workspace, asOf: string): DataGap | null {
  return dataGap(freshness(ws), asOf);
}

/** The latest day the data speaks for: the latest event's day, never after today. */
export function latestDataDay(ws: Workspace): string {
  const f = freshness(ws);
  const day = f.latest_event?.day ?? f.today;
  return day < f.today ? day : f.today;
}
