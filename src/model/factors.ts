import type { ModelContext } from './context.js';
import type { ModelParams } from './params.js';

/**
 * How bound `member` is to the adversary, and why: itself, a fellow member, the pack's recorded ties
 * (`external.cooperation` member → adversary known by the date), peacekeepers there.
 */
export function tiesWith(
  member: string,
  adversary: string | null,
  ctx: ModelContext,
  params: ModelParams,
): { total: number; parts: string[] } {
  if (adversary === null) return { total: 0, parts: [] };
  if (member === adversary) return { total: params.ties.self, parts: ['is the adversary'] };
  let total = 0;
  const parts: string[] = [];
  if (ctx.members.includes(adversary)) {
    total += params.ties.member_adversary;
    parts.push(`${adversary} is a fellow member`);
  }
  // A standing relation (a common organisation, an arms-supply relation) is a state, not a count: each
  // kind counts once however many records document it. One-off cooperation accumulates up to a cap.
  const standing = new Map<string, string>();
  let oneOff = 0;
  for (const r of ctx.cooperation) {
    if (r.actor !== member || r.target !== adversary) continue;
    if (r.kind !== null && params.ties.kinds[r.kind] !== undefined) {
      if (!standing.has(r.kind)) standing.set(r.kind, r.id);
    } else oneOff += 1;
  }
  for (const [kind, id] of standing) {
    total += params.ties.kinds[kind]!;
    parts.push(`${kind} tie (${id})`);
  }
  if (oneOff > 0) {
    total += Math.min(params.ties.cooperation_cap, oneOff * params.ties.cooperation_event);
    parts.push(`${oneOff} recorded cooperation event(s)`);
  }
  if (member === ctx.hegemon && ctx.commitments.some((c) => c.kind === 'peacekeeping' && c.where === adversary)) {
    total += params.ties.hegemon_peacekeeping;
    parts.push(`peacekeepers on ${adversary}'s territory`);
  }
  return { total, parts };
}

/** The hegemon's spare capacity on the date, 0..1: what its wars and peacekeeping operations leave free (or the override). */
export function spareCapacity(ctx: ModelContext, params: ModelParams): number {
  if (ctx.spare !== undefined) return ctx.spare;
  let load = 0;
  for (const c of ctx.commitments) load += c.kind === 'war' ? params.capacity.war : params.capacity.peacekeeping;
  return Math.max(0, Math.min(1, 1 - load));
}

/**
 * The requester's alignment factor: the indicators' alignment v (0..1) relative to their prior m,
 * v / m − 1. A member with nothing on record sits at the prior and adds nothing; full agreement is
 * weak news (+0.25 at m = 0.8) and steady disagreement strong news (down to −1).
 */
export function alignmentOf(member: string, ctx: ModelContext): number {
  const v = ctx.alignment[member] ?? ctx.alignment_prior;
  return v / ctx.alignment_prior - 1;
}

/**
 * The requester's participation factor, like alignment: the indicators' participation p (exercises,
 * summits, refusals; 0..1) relative to its prior m, p / m − 1. A member that has stopped turning up
 * reads well below zero before any formal freeze.
 */
export function participationOf(member: string, ctx: ModelContext): number {
  const v = ctx.participation[member] ?? ctx.participation_prior;
  return v / ctx.participation_prior - 1;
}

/** The requester's standing in the alliance: weighted alignment and participation factors (0 for a member with nothing on record). */
export function standingOf(
  member: string,
  ctx: ModelContext,
  params: ModelParams,
): { total: number; alignment: number; participation: number } {
  const alignment = alignmentOf(member, ctx);
  const participation = participationOf(member, ctx);
  return { total: params.weights.alignment * alignment + params.weights.participation * participation, alignment, participation };
}

/**
 * Share of the other full members (the hegemon included) with a tie of their own to the adversary:
 * a recorded relation or peacekeepers there, not merely the adversary being a fellow member, which
 * the model counts apart. 0 with no adversary or no one else on the Council.
 */
export function partnerShare(requester: string, adversary: string | null, ctx: ModelContext, params: ModelParams): number {
  if (adversary === null) return 0;
  const others = ctx.members.filter((m) => m !== requester && m !== adversary);
  if (others.length === 0) return 0;
  const fellow = ctx.members.includes(adversary) ? params.ties.member_adversary : 0;
  return others.filter((m) => tiesWith(m, adversary, ctx, params).total - fellow > 1e-12).length / others.length;
}

/** Whether the organisation's standing organs (Secretariat, Joint Staff) existed on the date: its founding instrument was in force. */
export function organisationOn(ctx: ModelContext, params: ModelParams): boolean {
  // With the gate off (a sensitivity check), the organs are taken to exist on every date.
  return !params.structure.organs_gate || ctx.instruments.includes(params.organisation.instrument);
}
