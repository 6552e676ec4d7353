import { today } from '../../domain/index.js';
import { historyOf, type SimHistory } from '../../sim/index.js';
import type { Store } from '../../store/index.js';

/** The simulator's view of the store: the pack plus whatever was imported, up to the curation date. */
export function historyFromStore(store: Store, now: () => Date = () => new Date()): SimHistory {
  // The indicators refuse any day after today, so a pack curated "in the future" is cut to today.
  const end = store.span(today(now)).last;
  return historyOf({ members: store.members(), summits: store.summits(), events: store.events(), treaty: store.treaty() }, end);
}
