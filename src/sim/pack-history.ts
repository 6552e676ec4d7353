import { loadPack, type Pack } from '../data/index.js';
import type { SimHistory } from './types.js';

/** What a history is read from: the data pack, or the reference data and chronicle of a store. */
export type HistorySource = Pick<SimHistory, 'members' | 'summits' | 'events'> & { readonly treaty: NonNullable<SimHistory['treaty']> };

/** The simulator's view of a source reaching to `curatedTo`, with the notice period its treaty names. */
export function historyOf(source: HistorySource, curatedTo: string): SimHistory {
  const notice = source.treaty.provisions.find((p) => p.rule === 'withdrawal_notice')?.parameter;
  return {
    members: source.members,
    summits: source.summits,
    events: source.events,
    curatedTo,
    noticeMonths: notice,
    treaty: source.treaty,
  };
}

/** The simulator's view of the data pack: members, summits, chronicle, curation date and notice period. */
export function historyFromPack(pack: Pack = loadPack()): SimHistory {
  return historyOf(pack, pack.manifest.curated_to);
}
