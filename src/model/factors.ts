import type { ModelContext } from './context.js';
import type { ModelParams } from './params.js';

const YEAR_DAYS = 365.25;

/** How bound `member` is to the adversary, and why: itself, a fellow member, standing links, cooperation, peacekeepers there. */
export function tiesWith(member: string, adversary: string | null, ctx: ModelContext, params: ModelParams): { total: number; parts: string[] } {
  if (adversary === null) return { total: 0, parts: [] };
  if (member === adversary) return { total: params.ties.self, parts: ['is the adversary'] };
  let total = 0;
  const parts: string[] = [];
  if (ctx.members.includes(adversary)) {
    total += params.ties.member_adversary;
    parts.push(`${adversary} is a fellow member`);
  }
  for (const link of params.links) {
    if (ctx.day >= dayNumberOf(link.since) && link.states.includes(member) && link.states.includes(adversary)) {
      total += link.weight;
      parts.push(link.name);
    }
  }
  const coop = ctx.cooperation[`${member}>${adversary}`] ?? 0;
  if (coop > 0) {
    total += Math.min(params.ties.cooperation_cap, coop * params.ties.cooperation_event);
    parts.push(`${coop} recorded cooperation event(s)`);
  }
  if (member === ctx.hegemon && ctx.commitments.some((c) => c.kind === 'peacekeeping' && c.where === adversary)) {
    total += params.ties.hegemon_peacekeeping;
    parts.push(`peacekeepers on ${adversary}'s territory`);
  }
  return { total, parts };
}

/** The hegemon's spare capacity on the date, 0..1: what its wars and peacekeeping operations leave free. */
export function spareCapacity(ctx: ModelContext, params: ModelParams): number {
  let load = 0;
  for (const c of ctx.commitments) load += c.kind === 'war' ? params.capacity.war : params.capacity.peacekeeping;
  return Math.max(0, Math.min(1, 1 - load));
}

/** The requester's alignment with the hegemon, -1..1: recent backing minus distancing, shrunk towards 0 when signals are few. */
export function alignmentOf(member: string, ctx: ModelContext, params: ModelParams): number {
  const from = ctx.day - params.alignment.lookback_years * YEAR_DAYS;
  let sum = 0;
  let n = 0;
  for (const s of ctx.alignment) {
    if (s.member !== member || s.day < from || s.day > ctx.day) continue;
    sum += s.sign;
    n += 1;
  }
  return sum / (n + params.alignment.prior_count);
}

function dayNumberOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
