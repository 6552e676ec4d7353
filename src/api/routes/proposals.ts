import { acceptProposal, rejectProposal, retractProposal } from '../../compose/index.js';
import { ReviewError } from '../../store/index.js';
import { LIMITS } from '../body.js';
import { spanOf } from '../drafts.js';
import { Acceptance, AuditLog, ProposalDecided, ProposalDetail, ProposalList, ProposalPreview } from '../responses.js';
import { route } from '../route.js';
import { AcceptBody, AuditQuery, PreviewBody, ProposalsQuery, RejectBody, RetractBody } from '../schemas.js';
import type { ApiState } from '../state.js';

const mustGet = (state: ApiState, id: string) => {
  const p = state.store.proposals.get(id);
  if (!p) throw new ReviewError(`no proposal ${JSON.stringify(id)}`, 'not_found');
  return p;
};

// A decision's body is small; a decision on an unknown proposal is 404, on one already decided 409.
const DECISION_ERRORS = [400, 401, 404, 409, 413, 415, 503];
const json = { maxBytes: LIMITS.json };

/**
 * The review queue: proposals newest first, one with its article and evidence span and what accepting
 * it would merge into; accept (with edits), reject and retract need the token; the audit log.
 */
export const proposalRoutes = [
  route({
    operationId: 'listProposals',
    method: 'get',
    path: '/proposals',
    summary: 'Proposals waiting for review (or in another status), newest article first',
    query: ProposalsQuery,
    response: ProposalList,
    errors: [400],
    handle: (_c, { state }, input) => {
      const q = input.query();
      return state.store.proposals.list({ status: q.status, limit: q.limit, offset: q.offset });
    },
  }),
  route({
    operationId: 'getProposal',
    method: 'get',
    path: '/proposals/{id}',
    summary: 'One proposal, its article with the evidence span, the event accepting it would merge into, and its audit entries',
    response: ProposalDetail,
    errors: [404],
    handle: (_c, { state }, input) => {
      const p = mustGet(state, input.param('id'));
      const proposals = state.store.proposals;
      const text = proposals.articleText(p.article_id);
      return {
        proposal: p,
        article: text === undefined ? null : { text, span: spanOf(text, p.evidence) },
        merge_into: p.status === 'pending' && p.date !== null ? proposals.preview(p.id, {}).merge_into : null,
        audit: state.store.auditLog({ proposal: p.id }),
      };
    },
  }),
  route({
    operationId: 'previewProposal',
    method: 'post',
    path: '/proposals/{id}/preview',
    summary: 'What accepting with these edits would store, and the event it would merge into (writes nothing)',
    body: { schema: PreviewBody, ...json },
    response: ProposalPreview,
    errors: [400, 404, 409, 413, 415],
    handle: async (_c, { state }, input) => {
      const body = await input.body();
      state.checkActors('edits', { actor: body.edits.actor, target: body.edits.target });
      return state.store.proposals.preview(input.param('id'), body.edits);
    },
  }),
  route({
    operationId: 'acceptProposal',
    method: 'post',
    path: '/proposals/{id}/accept',
    summary:
      'Accept a pending proposal with edits (type, actor, target, date at any precision, details, summary); recorded in the audit log',
    auth: 'token',
    body: { schema: AcceptBody, ...json },
    status: 201,
    response: Acceptance,
    errors: DECISION_ERRORS,
    handle: async (_c, { state }, input) => {
      const body = await input.body();
      // acceptProposal checks the edited actors against the pack.
      const r = acceptProposal(state.workspace, input.param('id'), body.reviewer, body.edits);
      state.wrote();
      return r;
    },
  }),
  route({
    operationId: 'rejectProposal',
    method: 'post',
    path: '/proposals/{id}/reject',
    summary: 'Reject a pending proposal; recorded in the audit log',
    auth: 'token',
    body: { schema: RejectBody, ...json },
    status: 201,
    response: ProposalDecided,
    errors: DECISION_ERRORS,
    handle: async (_c, { state }, input) => {
      const body = await input.body();
      const proposal = rejectProposal(state.workspace, input.param('id'), body.reviewer, body.reason ?? null);
      state.wrote();
      return { proposal };
    },
  }),
  route({
    operationId: 'retractProposal',
    method: 'post',
    path: '/proposals/{id}/retract',
    summary: 'Take an accepted proposal (id or event id) out of the chronicle, with a reason; kept whole, recorded in the audit log',
    auth: 'token',
    body: { schema: RetractBody, ...json },
    status: 201,
    response: ProposalDecided,
    errors: DECISION_ERRORS,
    handle: async (_c, { state }, input) => {
      const body = await input.body();
      const proposal = retractProposal(state.workspace, input.param('id'), body.reviewer, body.reason);
      state.wrote();
      return { proposal };
    },
  }),
  route({
    operationId: 'listAudit',
    method: 'get',
    path: '/audit',
    summary: 'The append-only audit log of review decisions, newest first',
    query: AuditQuery,
    response: AuditLog,
    errors: [400],
    handle: (_c, { state }, input) => {
      const q = input.query();
      return { entries: state.store.auditLog({ limit: q.limit, proposal: q.proposal }) };
    },
  }),
];
