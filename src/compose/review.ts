import { isAllianceActor, type ProposalEdits } from '../domain/index.js';
import { unknownActorHint } from '../data/index.js';
import { ReviewError, type AcceptResult } from '../store/index.js';
import type { Workspace } from './workspace.js';

/** Refuses an edited actor or target that is not a state or one of the pack's organisations. */
export function checkEditActors(ws: Workspace, edits: ProposalEdits): void {
  for (const field of ['actor', 'target'] as const) {
    const code = edits[field];
    if (code !== undefined && code !== null && !isAllianceActor(ws.alliance, code))
      throw new ReviewError(`${field}: unknown actor code ${JSON.stringify(code)}: ${unknownActorHint(ws.alliance)}`, 'invalid');
  }
}

/** Accepts a proposal with a person's edits; the workspace's memos are dropped (the chronicle changed). */
export function acceptProposal(ws: Workspace, id: string, reviewer: string, edits: ProposalEdits): AcceptResult {
  checkEditActors(ws, edits);
  const r = ws.store.proposals.accept(id, { by: reviewer, at: ws.now().toISOString() }, edits);
  ws.wrote();
  return r;
}

/** Rejects a pending proposal. */
export function rejectProposal(ws: Workspace, id: string, reviewer: string, reason: string | null) {
  const r = ws.store.proposals.reject(id, { by: reviewer, at: ws.now().toISOString() }, reason);
  ws.wrote();
  return r;
}

/** Retracts an accepted proposal (or the event it became), with a reason. */
export function retractProposal(ws: Workspace, id: string, reviewer: string, reason: string) {
  const r = ws.store.proposals.retract(id, { by: reviewer, at: ws.now().toISOString() }, reason);
  ws.wrote();
  return r;
}
