import type { CodedEvent } from '../domain/index.js';
import { MEMBERS } from './roles.js';

// A resolution aimed at Moscow ("on Crimea", "suspend Russia", "withdraw from Ukraine"): Russia votes no.
const AGAINST_RUSSIA = /\b(?:Russia|Russian|Moscow|Crimea\w*|Ukrain\w*|Donbas|Donetsk|Luhansk|Kherson|Zaporizhzhia)\b/i;
const WITH_RUSSIA = /\b(?:with|alongside|along\s+with|together\s+with|joined)\s+(?:Russia|Moscow)\b/i;

// Uzbekistan was in the alliance only until April 1999 and from 2006 to 2012: its votes outside those years imply no alignment.
const UZB_IN = (d: string | null): boolean => d === null || d < '1999-05' || (d >= '2006' && d < '2013');

const voteOf = (e: CodedEvent): string | undefined => (e.details as Record<string, unknown> | undefined)?.['vote'] as string | undefined;

/**
 * The spec counts a member's vote as alignment: voting as Russia votes backs the hegemon, abstaining,
 * staying away or voting the other way distances the member from it. Russia's own vote is read from
 * the article, or, for a resolution aimed at Moscow, taken as "no". Alignment already coded is kept.
 */
export function alignmentFromVotes(events: readonly CodedEvent[]): CodedEvent[] {
  const votes = events.filter((e) => e.type === 'un.vote');
  if (!votes.length) return [...events];
  const russian = votes.find((e) => e.actor === 'RUS');
  const russia = russian
    ? voteOf(russian)
    : votes.some((e) => AGAINST_RUSSIA.test(e.evidence) || WITH_RUSSIA.test(e.evidence))
      ? 'no'
      : undefined;
  if (!russia) return [...events];
  const out = [...events];
  for (const v of votes) {
    const vote = voteOf(v);
    if (!vote || v.actor === 'RUS' || !MEMBERS.has(v.actor) || (v.actor === 'UZB' && !UZB_IN(v.date))) continue;
    const type = vote === russia ? 'alignment.supported' : 'alignment.diverged';
    if (out.some((e) => e.actor === v.actor && e.type.startsWith('alignment.'))) continue;
    out.push({
      ...v,
      type,
      target: 'RUS',
      confidence: Math.round(Math.max(0.05, v.confidence - 0.15) * 100) / 100,
      details: { vote, derived_from: 'un.vote' },
    } as CodedEvent);
  }
  return out;
}
