import { clauseAround } from './event-parts.js';
import type { CompiledRule, Patterns } from './patterns.js';

/** A trigger match that passed its rule's context, `unless`, negation and modality tests. */
export interface RuleMatch {
  readonly start: number;
  readonly end: number;
  /** The clause around the trigger. */
  readonly clause: readonly [number, number];
  readonly modal: boolean;
}

/**
 * Calls `visit` for each match of `rule` in `sentence` that may become an event; stops early and
 * returns true as soon as `visit` returns true. The tests read only the sentence (and the article's
 * text for `contextScope: "article"`), so they can be tried before the article's other sentences
 * are even split: the coder's cheap screen and its full pass share this one definition.
 */
// How far past its trigger a `near` context may lie ("asked Russian President Vladimir Putin on Saturday to ... assistance").
export const NEAR = 110;

export function eachMatch(
  sentence: string,
  text: string,
  rule: CompiledRule,
  patterns: Patterns,
  visit: (m: RuleMatch) => boolean | void,
): boolean {
  const re = rule.triggerRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    const scope =
      rule.contextScope === 'article'
        ? text
        : rule.contextScope === 'near'
          ? sentence.slice(m.index, m.index + m[0].length + NEAR)
          : sentence;
    if (rule.contextRe && !rule.contextRe.test(scope)) {
      if (rule.contextScope === 'near') continue;
      break;
    }
    if (rule.unlessRe && rule.unlessRe.test(sentence)) break;
    const start = m.index,
      end = start + m[0].length;
    const clause = clauseAround(sentence, start);
    const lead = rule.negationScope === 'match' ? '' : sentence.slice(Math.max(clause[0], start - 45), start);
    const negated = patterns.negation.test(lead) || patterns.negation.test(m[0]);
    if (rule.negation === 'required' && !negated) continue;
    if (rule.negation === 'forbidden' && negated) continue;
    const modal = patterns.modality.test(lead) || patterns.modality.test(m[0]) || patterns.modality.test(sentence.slice(end, end + 40));
    if (rule.modality === 'forbidden' && modal) continue;
    // The visitor may run other rules' regexes; resume this one where it was.
    const resume = re.lastIndex;
    if (visit({ start, end, clause, modal })) return true;
    re.lastIndex = resume;
  }
  return false;
}
