import { ACTIONS, type Action, type CrisisRequest, type PerAction } from './types.js';
import { invokes, type ModelContext } from './context.js';
import type { ModelParams } from './params.js';
import { spareCapacity, standingOf, tiesWith } from './factors.js';

/** A member's utility for each action over doing nothing, split into named factor contributions. */
export interface MemberUtility {
  readonly code: string;
  readonly utility: PerAction;
  readonly contributions: Readonly<Record<string, PerAction>>;
  /** Utility of framing the crisis as aggression (Art. 4); negative means the member would block that framing. */
  readonly framing: number;
  readonly ties: { readonly total: number; readonly parts: readonly string[] };
}

const scaled = (shape: PerAction, k: number): PerAction => ({
  deploy: shape.deploy * k,
  mission: shape.mission * k,
  statement: shape.statement * k,
});

/** Utilities of `code` for deploy, mission and statement (none = 0), from the factors read as of the date. */
export function memberUtility(code: string, req: CrisisRequest, ctx: ModelContext, params: ModelParams): MemberUtility {
  const w = params.weights;
  const c: Record<string, PerAction> = {};
  c['action_cost'] = params.action_cost;
  c['credibility'] = scaled(params.levels, w.credibility * params.severity[req.threat]);
  // Internal unrest threatens every incumbent regime, not only the requester's.
  if (params.regime_threat[req.threat] > 0)
    c['regime_security'] = scaled(params.levels, w.regime_security * params.regime_threat[req.threat]);
  if (code === req.requester) c['requester'] = scaled(params.levels, w.requester);
  // The article invoked sets the agenda: collective defence puts force on the table, consultation asks only for talks.
  const asks = invokes(ctx, req.article);
  if (asks === 'collective_defence') c['ask'] = scaled(params.ask_shape, w.ask_aggression);
  if (asks === 'consultation') c['ask'] = scaled(params.ask_shape, -w.ask_consultation);
  if (code === ctx.hegemon) {
    const bases = Math.min(1, ctx.bases[req.requester] ?? 0);
    c['hegemon_interest'] = scaled(params.levels, w.hegemon_interest + w.hegemon_bases * bases);
    c['hegemon_capacity'] = scaled(params.troops, -w.capacity * (1 - spareCapacity(ctx, params)));
  }
  // Acting alone costs the hegemon more than acting under a collective mandate: no burden sharing, no cover.
  if (code === ctx.hegemon && req.asked === ctx.hegemon) c['bilateral'] = scaled(params.bilateral_shape, -w.bilateral);
  // The requester's standing: how far it backs the hegemon and takes part in the alliance's life.
  const standing = standingOf(req.requester, ctx, params);
  if (standing.alignment !== 0) c['requester_alignment'] = scaled(params.levels, w.alignment * standing.alignment);
  if (standing.participation !== 0) c['requester_participation'] = scaled(params.levels, w.participation * standing.participation);
  const ties = tiesWith(code, req.adversary, ctx, params);
  if (ties.total > 0) c['adversary_ties'] = scaled(params.side_taking, -w.ties * ties.total);
  const utility = Object.fromEntries(
    ACTIONS.map((a: Action) => [a, Object.values(c).reduce((s, v) => s + v[a], 0)]),
  ) as unknown as PerAction;
  const framing = w.framing_base - w.framing_ties * ties.total;
  return { code, utility, contributions: c, framing, ties };
}
