import type { Outcome } from '../domain/index.js';
import { invokes, type ModelContext } from './context.js';
import type { ModelParams } from './params.js';
import type { Action, CrisisRequest, Distribution, PerAction, Route } from './types.js';
import type { MemberUtility } from './utility.js';
import { organisationOn } from './factors.js';
import { callForCalm } from './secretariat.js';

/** Probability that an actor with utility `u` over doing nothing accepts, under logistic noise of scale `tau`. */
export function acceptance(u: number, tau: number): number {
  return 1 / (1 + Math.exp(-u / tau));
}

/** The decision rule for a request: who decides, and the probability of each outcome. */
export interface Decision {
  readonly route: Route;
  readonly voters: readonly string[];
  readonly p_aggression: number;
  readonly distribution: Distribution;
}

/** Who decides: a request to the alliance goes to the Council, one to the hegemon bypasses it, no request leaves the Secretariat. */
export function routeOf(req: CrisisRequest, ctx: ModelContext): Route {
  if (req.asked === null) return 'secretariat';
  return req.asked === ctx.hegemon ? 'hegemon' : 'council';
}

const product = (xs: readonly number[]): number => xs.reduce((p, x) => p * x, 1);

/**
 * Runs the treaty's procedure over the members' utilities. The Council goes down the agenda from the
 * strongest action; each passes only if every voter accepts it (consensus: any member can block).
 * Deployment needs the crisis framed as aggression (Art. 4), which the requester must have invoked;
 * a mission needs the organisation's organs; a statement, the consultation rule (or the hegemon).
 */
export function decide(req: CrisisRequest, utils: readonly MemberUtility[], ctx: ModelContext, params: ModelParams): Decision {
  const tau = params.weights.tau;
  const route = routeOf(req, ctx);
  const byCode = new Map(utils.map((u) => [u.code, u]));
  if (route === 'secretariat') {
    // With no request there is no host consent: only the Secretariat's call for calm, which takes no side.
    const calm = callForCalm(req, ctx, params);
    const s = calm.open ? acceptance(calm.utility, params.weights.secretariat_tau) : 0;
    return { route, voters: [ctx.hegemon], p_aggression: 0, distribution: { deploy: 0, mission: 0, statement: s, none: 1 - s } };
  }
  const voters = route === 'hegemon' ? [ctx.hegemon] : ctx.members.filter((m) => byCode.has(m));
  const pass = (a: Action): number => product(voters.map((v) => acceptance(byCode.get(v)!.utility[a], tau)));
  const canFrame = invokes(ctx, req.article) === 'collective_defence' && (route === 'hegemon' || ctx.rules.includes('collective_defence'));
  const pAggression = canFrame ? product(voters.map((v) => acceptance(byCode.get(v)!.framing, tau))) : 0;
  const consult = route === 'hegemon' || ctx.rules.includes('consultation');
  // A mission is a group the organisation's organs send (Joint Staff, Secretariat); before they exist none can go.
  const organs = organisationOn(ctx, params);
  const deploy = pAggression * pass('deploy');
  const mission = organs ? (1 - deploy) * pass('mission') : 0;
  const statement = consult ? (1 - deploy - mission) * pass('statement') : 0;
  const none = Math.max(0, 1 - deploy - mission - statement);
  return { route, voters, p_aggression: pAggression, distribution: { deploy, mission, statement, none } };
}

/** Each actor's acceptance probability per action. */
export function acceptances(u: MemberUtility, tau: number): PerAction {
  return {
    deploy: acceptance(u.utility.deploy, tau),
    mission: acceptance(u.utility.mission, tau),
    statement: acceptance(u.utility.statement, tau),
  };
}

/** The outcome with the highest probability; ties go to the weaker outcome, the cautious call. */
export function modalOf(d: Distribution): Outcome {
  const order: Outcome[] = ['none', 'statement', 'mission', 'deploy'];
  return order.reduce((best, o) => (d[o] > d[best] ? o : best), 'none');
}
