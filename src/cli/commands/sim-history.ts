import { today } from '../../domain/index.js';
import type { SimHistory } from '../../sim/index.js';
import type { Store } from '../../store/index.js';

/** The simulator's view of the store: the pack plus whatever was imported, up to the curation date. */
export function historyFromStore(store: Store, now: () => Date = () => new Date()): SimHistory {
  const treaty = store.treaty();
  const notice = treaty.provisions.find((p) => p.rule === 'withdrawal_notice')?.parameter;
  const curated = store.manifest()?.curated_to ?? today(now);
  // The indicators refuse any day after today, so a pack curated "in the future" is cut to today.
  const end = curated < today(now) ? curated : today(now);
  return { members: store.members(), summits: store.summits(), events: store.events(), curatedTo: end, noticeMonths: notice, treaty };
}
