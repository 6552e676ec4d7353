import { Hono } from 'hono';
import { acceptProposal, rejectProposal, retractProposal } from '../../compose/index.js';
import { ReviewError } from '../../store/index.js';
import { requireToken } from '../auth.js';
import { limitBody, LIMITS, readJson, readQuery } from '../body.js';
import { spanOf } from '../drafts.js';
import { AcceptBody, AuditQuery, PreviewBody, ProposalsQuery, RejectBody, RetractBody } from '../schemas.js';
import type { ApiState } from '../state.js';

/**
 * The review queue: proposals newest first, one with its article and evidence span and what accepting
 * it would merge into; accept (with edits), reject and retract need the token; the audit log.
 */
export function proposalRoutes(state: ApiState, token: string): Hono {
  const app = new Hono();
  const auth = requireToken(token);
  const store = () => state.store.proposals;
  const must = (id: string) => {
    const p = store().get(id);
    if (!p) throw new ReviewError(`no proposal ${JSON.stringify(id)}`, 'not_found');
    return p;
  };

  app.get('/proposals', (c) => {
    const q = readQuery(c, ProposalsQuery);
    return c.json(store().list({ status: q.status, limit: q.limit, offset: q.offset }));
  });

  app.get('/proposals/:id', (c) => {
    const p = must(c.req.param('id'));
    const text = store().articleText(p.article_id);
    const merge = p.status === 'pending' && p.date !== null ? store().preview(p.id, {}).merge_into : null;
    return c.json({
      proposal: p,
      article: text === undefined ? null : { text, span: spanOf(text, p.evidence) },
      merge_into: merge,
      audit: state.store.auditLog({ proposal: p.id }),
    });
  });

  app.post('/proposals/:id/preview', limitBody(LIMITS.json), async (c) => {
    const body = await readJson(c, PreviewBody);
    state.checkActors('edits', { actor: body.edits.actor, target: body.edits.target });
    return c.json(store().preview(c.req.param('id'), body.edits));
  });

  app.post('/proposals/:id/accept', auth, limitBody(LIMITS.json), async (c) => {
    const body = await readJson(c, AcceptBody);
    // acceptProposal checks the edited actors against the pack.
    const r = acceptProposal(state.workspace, c.req.param('id'), body.reviewer, body.edits);
    state.wrote();
    return c.json(r, 201);
  });

  app.post('/proposals/:id/reject', auth, limitBody(LIMITS.json), async (c) => {
    const body = await readJson(c, RejectBody);
    const p = rejectProposal(state.workspace, c.req.param('id'), body.reviewer, body.reason ?? null);
    state.wrote();
    return c.json({ proposal: p }, 201);
  });

  app.post('/proposals/:id/retract', auth, limitBody(LIMITS.json), async (c) => {
    const body = await readJson(c, RetractBody);
    const p = retractProposal(state.workspace, c.req.param('id'), body.reviewer, body.reason);
    state.wrote();
    return c.json({ proposal: p }, 201);
  });

  app.get('/audit', (c) => {
    const q = readQuery(c, AuditQuery);
    return c.json({ entries: state.store.auditLog({ limit: q.limit, proposal: q.proposal }) });
  });
  return app;
}
