import type { Outcome } from '../domain/index.js';
import { invokes, type ModelContext } from './context.js';
import { ModelInputError } from './errors.js';
import { withOverrides, type AssessOverrides } from './overrides.js';
import type { ModelParams } from './params.js';
import { acceptance, acceptances, decide, modalOf, type Decision } from './procedure.js';
import { organisationOn, spareCapacity } from './factors.js';
import { callForCalm, type CallForCalm } from './secretariat.js';
import { ACTIONS, CrisisRequest, type Assessment, type Distribution, type MemberStance } from './types.js';
import { memberUtility, type MemberUtility } from './utility.js';

/**
 * Assesses a request (or a crisis with no request) as of the context's date: outcome distribution,
 * stances, framing, reasons. `overrides` replaces factors read from the data with given values (the
 * simulator's alignment and capacity after a run has moved them).
 */
export function assess(request: CrisisRequest, ctx: ModelContext, params: ModelParams, overrides?: AssessOverrides): Assessment {
  const req = CrisisRequest.parse(request);
  const context = withOverrides(ctx, overrides);
  if (!context.members.includes(req.requester)) {
    throw new ModelInputError(
      'requester',
      `${req.requester} was not a full member on ${context.as_of} (members: ${context.members.join(', ')})`,
    );
  }
  const actors = [...new Set([...context.members, context.hegemon])];
  const utils = actors.map((code) => memberUtility(code, req, context, params));
  const decision = decide(req, utils, context, params);
  const tau = params.weights.tau;
  const members = utils.map((u): MemberStance => ({
    code: u.code,
    role:
      u.code === req.requester ? 'requester' : u.code === req.adversary ? 'adversary' : u.code === context.hegemon ? 'hegemon' : 'member',
    votes: decision.voters.includes(u.code),
    stance: stanceOf(u),
    utility: u.utility,
    accept: acceptances(u, tau),
    accept_framing: acceptance(u.framing, tau),
    contributions: u.contributions,
  }));
  const chosen = decision.p_aggression >= 0.5 ? 'aggression' : decision.route === 'secretariat' ? 'none' : 'consultation';
  const calm = decision.route === 'secretariat' ? callForCalm(req, context, params) : undefined;
  return {
    request: req,
    as_of: context.as_of,
    route: decision.route,
    framing: { chosen, p_aggression: decision.p_aggression },
    distribution: decision.distribution,
    modal: modalOf(decision.distribution),
    members,
    ...(calm ? { call_for_calm: calm } : {}),
    reasons: reasonsFor(req, decision, utils, context, params, calm),
  };
}

/**
 * The outcome distribution alone, as `assess()` computes it, without stances or reasons: what
 * fitting and resampling call thousands of times. The request is taken as already checked.
 */
export function predict(req: CrisisRequest, ctx: ModelContext, params: ModelParams): Distribution {
  // With no request no member votes: the Secretariat's call does not read their utilities.
  const actors = req.asked === null ? [] : ctx.members.includes(ctx.hegemon) ? ctx.members : [...ctx.members, ctx.hegemon];
  const utils = actors.map((code) => memberUtility(code, req, ctx, params));
  return decide(req, utils, ctx, params).distribution;
}

/**
 * A member's stance: the outcome it prefers most, the action with the highest utility over doing
 * nothing (none = 0), ties going to the weaker action. It is what the member would pick alone; on
 * the Council it may still vote for other actions it values above nothing (see `accept`).
 */
export function stanceOf(u: Pick<MemberUtility, 'utility'>): Outcome {
  let best: Outcome = 'none';
  let top = 0;
  for (const a of [...ACTIONS].reverse()) {
    if (u.utility[a] > top) {
      best = a;
      top = u.utility[a];
    }
  }
  return best;
}

// Plain sentences naming what decided the outcome: the route, the framing and the likeliest blocker of each action.
// `calm` is the Secretariat's call, set exactly when the route is the Secretariat's.
function reasonsFor(
  req: CrisisRequest,
  d: Decision,
  utils: readonly MemberUtility[],
  ctx: ModelContext,
  params: ModelParams,
  calm: CallForCalm | undefined,
): string[] {
  const out: string[] = [];
  if (calm) {
    if (!calm.open)
      out.push(
        `no request was made, and before ${params.organisation.instrument} was in force there was no Secretariat to call for calm unasked`,
      );
    else {
      const parts = Object.entries(calm.contributions)
        .map(([k, v]) => `${k} ${v >= 0 ? '+' : ''}${v.toFixed(2)}`)
        .join(', ');
      out.push(
        `no request was made, so without host consent only a call for calm is open (Secretariat): utility ${calm.utility.toFixed(2)} = ${parts}`,
      );
    }
  }
  if (d.route === 'hegemon') out.push(`the request went to ${ctx.hegemon} directly, bypassing the Council's consensus`);
  if (d.route === 'council') out.push(`Council decision by consensus among ${d.voters.join(', ')}: any one can block`);
  if (d.route !== 'secretariat' && !organisationOn(ctx, params))
    out.push(`${params.organisation.instrument} was not yet in force: no organs to send a mission`);
  if (invokes(ctx, req.article) !== 'collective_defence' && d.route !== 'secretariat')
    out.push(`${defenceArticle(ctx)} was not invoked by the requester, so no collective-defence deployment can be framed`);
  const voters = utils.filter((u) => d.voters.includes(u.code));
  if (invokes(ctx, req.article) === 'collective_defence' && voters.length > 0) {
    const worst = voters.reduce((a, b) => (b.framing < a.framing ? b : a));
    if (d.p_aggression < 0.5)
      out.push(`framing as aggression is blocked, most likely by ${worst.code} (${worst.ties.parts.join('; ') || 'low utility'})`);
    else
      out.push(
        `framed as aggression (p=${d.p_aggression.toFixed(2)})${req.adversary === null ? ' with no state named: nobody is offended' : ''}`,
      );
  }
  for (const a of ACTIONS) {
    if (voters.length === 0) break;
    const worst = voters.reduce((x, y) => (y.utility[a] < x.utility[a] ? y : x));
    if (worst.utility[a] < 0) out.push(`${a}: ${worst.code} is the likeliest to block (utility ${worst.utility[a].toFixed(2)})`);
  }
  const cap = spareCapacity(ctx, params);
  if (ctx.spare !== undefined) out.push(`${ctx.hegemon}'s spare capacity is set to ${cap.toFixed(2)} (override)`);
  else if (cap < 1)
    out.push(`${ctx.hegemon}'s spare capacity is ${cap.toFixed(2)} (${ctx.commitments.map((c) => `${c.kind} in ${c.where}`).join(', ')})`);
  return out;
}

// How the reasons name the collective-defence article: "Article 4" in the CSTO's treaty.
function defenceArticle(ctx: Pick<ModelContext, 'invocations'>): string {
  const n = Object.keys(ctx.invocations).find((a) => ctx.invocations[a] === 'collective_defence');
  return n === undefined ? 'No collective-defence article' : `Article ${n}`;
}
