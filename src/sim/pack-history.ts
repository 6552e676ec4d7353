import { loadPack, type Pack } from '../data/index.js';
import type { SimHistory } from './types.js';

/** The simulator's view of the data pack: members, summits, chronicle, curation date and notice period. */
export function historyFromPack(pack: Pack = loadPack()): SimHistory {
  const notice = pack.treaty.provisions.find((p) => p.rule === 'withdrawal_notice')?.parameter;
  return { members: pack.members, summits: pack.summits, events: pack.events, curatedTo: pack.manifest.curated_to, noticeMonths: notice, treaty: pack.treaty };
}
