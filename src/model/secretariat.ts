import type { ModelContext } from './context.js';
import { organisationOn, partnerShare, standingOf } from './factors.js';
import type { ModelParams } from './params.js';
import type { CrisisRequest } from './types.js';

/** The Secretariat's call for calm on a crisis nobody asked it about: whether it is open, its utility over silence, and why. */
export interface CallForCalm {
  readonly open: boolean;
  readonly utility: number;
  readonly contributions: Readonly<Record<string, number>>;
}

/**
 * With no request there is no host consent, so only a statement or silence is open, and no member
 * votes: the Secretariat speaks or not. What moves it, each a named term:
 * - `secretariat`: its standing duty to speak on fighting on a member's soil;
 * - `credibility`: the threat type's severity, as for every route;
 * - `severity`: the deaths, log10(1 + fatalities), since a deadlier clash is harder to pass over;
 * - `member_clash`: the adversary is itself a member, and calling two members to calm is the
 *   organisation's own business (it takes no side between them);
 * - `partners`: the share of the other members tied to the adversary, who would rather it kept quiet;
 * - `standing`: the attacked member's alignment and participation as of the day before, because the
 *   alliance speaks up for a member that takes part in its life, and less for one drifting away.
 * The hegemon's spare capacity is left out: a statement commits no forces.
 */
export function callForCalm(req: CrisisRequest, ctx: ModelContext, params: ModelParams): CallForCalm {
  const w = params.weights;
  const c: Record<string, number> = {};
  c['secretariat'] = w.secretariat;
  c['credibility'] = w.credibility * params.severity[req.threat] * params.levels.statement;
  const deaths = req.fatalities ?? 0;
  if (deaths > 0) c['severity'] = w.secretariat_severity * Math.log10(1 + deaths);
  if (req.adversary !== null && ctx.members.includes(req.adversary)) c['member_clash'] = w.secretariat_member_clash;
  const share = partnerShare(req.requester, req.adversary, ctx, params);
  if (share > 0) c['partners'] = -w.secretariat_partners * share;
  const standing = standingOf(req.requester, ctx, params).total;
  if (standing !== 0) c['standing'] = w.secretariat_standing * standing;
  // Before the organisation's founding instrument is in force there is no Secretariat to speak unasked.
  const open = organisationOn(ctx, params);
  return { open, utility: Object.values(c).reduce((s, x) => s + x, 0), contributions: c };
}
