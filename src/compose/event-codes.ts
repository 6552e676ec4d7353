import { cowLookup, withCodes, type ChronicleEvent, type CodedRecord, type CowLookup } from '../domain/index.js';
import type { Workspace } from './workspace.js';

/** COW state numbers of the pack's states, read once per store state. */
export function stateNumbers(ws: Workspace): CowLookup {
  return ws.memo('cow', () => cowLookup(ws.store.members()));
}

/** Events as exports and the API give them: each record whole, with its standard codes (docs/exports.md). */
export function codedEvents(ws: Workspace, events: readonly ChronicleEvent[]): CodedRecord[] {
  const cow = stateNumbers(ws);
  return events.map((e) => withCodes(e, cow));
}
