import type { CodedEvent } from '../domain/index.js';
import type { Lexicon } from './language.js';

/** What vote alignment needs of the alliance: its hegemon, and whose votes count on a date. */
export interface VoteAlliance {
  readonly hegemon: string;
  /** True when the state's vote counts as alignment on the date (a vote with no date counts on the article's). */
  votesAsMember(code: string, date: string | null): boolean;
}

const voteOf = (e: CodedEvent): string | undefined => (e.details as Record<string, unknown> | undefined)?.['vote'] as string | undefined;

/**
 * The spec counts a member's vote as alignment: voting as the hegemon votes backs it, abstaining,
 * staying away or voting the other way distances the member from it. The hegemon's own vote is read from
 * the article, or, for a resolution aimed at Moscow, taken as "no". Alignment already coded is kept.
 */
export function alignmentFromVotes(events: readonly CodedEvent[], alliance: VoteAlliance, lexicon: Lexicon): CodedEvent[] {
  const votes = events.filter((e) => e.type === 'un.vote');
  if (!votes.length) return [...events];
  const { hegemon } = alliance;
  const own = votes.find((e) => e.actor === hegemon);
  const hegemonVote = own
    ? voteOf(own)
    : votes.some((e) => lexicon.against_hegemon.test(e.evidence) || lexicon.with_hegemon.test(e.evidence))
      ? 'no'
      : undefined;
  if (!hegemonVote) return [...events];
  const out = [...events];
  for (const v of votes) {
    const vote = voteOf(v);
    if (!vote || v.actor === hegemon || !alliance.votesAsMember(v.actor, v.date)) continue;
    const type = vote === hegemonVote ? 'alignment.supported' : 'alignment.diverged';
    if (out.some((e) => e.actor === v.actor && e.type.startsWith('alignment.'))) continue;
    out.push({
      ...v,
      type,
      target: hegemon,
      confidence: Math.round(Math.max(0.05, v.confidence - 0.15) * 100) / 100,
      details: { vote, derived_from: 'un.vote' },
    } as CodedEvent);
  }
  return out;
}
