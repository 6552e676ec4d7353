import type { AllianceSnapshot } from '../domain/index.js';
import type { SimHistory } from './types.js';

/** The simulator's view of a snapshot (the pack's, or a store's) reaching to `curatedTo`, with the notice period its treaty names. */
export function historyOf(source: AllianceSnapshot, curatedTo: string): SimHistory {
  const notice = source.treaty.provisions.find((p) => p.rule === 'withdrawal_notice')?.parameter;
  return {
    alliance: source.alliance,
    members: source.members,
    summits: source.summits,
    events: source.events,
    curatedTo,
    noticeMonths: notice,
    treaty: source.treaty,
  };
}
