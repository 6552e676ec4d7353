import type { CompiledRule, Patterns } from './patterns.js';
import { eachMatch, NEAR } from './rule-matches.js';
import { splitSentences } from './sentences.js';
import { startsAtWordStart, type StemHits } from './trigger-index.js';

// A regex that matches a sentence matches the line around it too, unless it tests for the absence
// of something or anchors at the string's ends (escapes and classes such as [^.;] aside).
function holdsInLine(src: string): boolean {
  // A look-around at one neighbouring letter or digit ("(?<![а-яё])", a word edge in Cyrillic) sees the same
  // character in the line as in the sentence: sentences split only after a stop and a space, or at a line break.
  const edges = src.replace(/\(\?<?!\[(?:0-9|A-Za-z|a-zA-Z|\\u00c0-\\u024f|\\u0400-\\u04ff|а-яё|А-ЯЁ|а-яёА-ЯЁ)+\]\)/g, '');
  return !/\(\?<?!|[\^$]/.test(edges.replace(/\\./g, '').replace(/\[[^\]]*\]/g, ''));
}

/**
 * Decides, before an article is split and coded, whether it can yield any event at all; most news
 * cannot. The answer is exact: it is true whenever some sentence has a candidate rule with a match
 * that passes the rule's context, `unless`, negation and modality tests (`eachMatch`, the very
 * loop the full pass runs), since only such a match ever leads to an event.
 */
export class Screen {
  /** Rules whose trigger and context, matching a sentence, surely match the line around it too. */
  private readonly lineSafe: Set<CompiledRule>;
  /** Of those, the ones whose every match starts at a stem, with a sticky copy of the trigger. */
  private readonly sticky: Map<CompiledRule, RegExp>;

  constructor(private readonly patterns: Patterns) {
    this.lineSafe = new Set(patterns.rules.filter((r) => holdsInLine(r.trigger) && (!r.context || holdsInLine(r.context))));
    this.sticky = new Map([...this.lineSafe].filter((r) => startsAtWordStart(r.trigger)).map((r) => [r, new RegExp(r.trigger, 'iy')]));
  }

  /** Whether the article may yield an event, given its stem hits (from `TriggerIndex.hits`). */
  mayYield(text: string, hits: StemHits): boolean {
    return anySentence(
      text,
      hits,
      (line, lineStart, from, to) => this.lineMay(line, lineStart, text, hits, from, to),
      (sentence, from, to) => {
        for (const rule of this.patterns.index.rulesOf(hits, from, to))
          if (eachMatch(sentence, text, rule, this.patterns, () => true)) return true;
        return false;
      },
    );
  }

  // Cheap and never false where a sentence of the line would pass: some candidate's trigger (and context) matches the line.
  private lineMay(line: string, lineStart: number, text: string, hits: StemHits, from: number, to: number): boolean {
    let rest: CompiledRule[] | undefined;
    for (let h = from; h < to; h++) {
      for (const id of hits.ids[h]!) {
        const rule = this.patterns.index.rule(id);
        const sticky = this.sticky.get(rule);
        if (!sticky) (rest ??= []).push(rule);
        else {
          // A match of this rule can only start where one of its stems was found: try it there alone.
          const at = hits.at[h]! - lineStart;
          sticky.lastIndex = at;
          if (!sticky.test(line)) continue;
          // A `near` context is tried where eachMatch tries it: from the match to 110 characters past it
          // (in the line, which only ever holds more text than the sentence).
          if (rule.contextScope === 'near' && rule.contextRe) {
            if (rule.contextRe.test(line.slice(at, sticky.lastIndex + NEAR))) return true;
          } else if (this.contextMay(rule, line, text)) return true;
        }
      }
    }
    for (const rule of rest ?? []) {
      if (!this.lineSafe.has(rule)) return true;
      rule.triggerRe.lastIndex = 0;
      if (rule.triggerRe.test(line) && this.contextMay(rule, line, text)) return true;
    }
    return false;
  }

  private contextMay(rule: CompiledRule, line: string, text: string): boolean {
    return !rule.contextRe || rule.contextScope === 'near' || rule.contextRe.test(rule.contextScope === 'article' ? text : line);
  }
}

/**
 * Whether any sentence holding a stem hit passes `test`, found without splitting the whole text.
 *
 * Every line break ends a sentence (see sentences.ts), so the sentences of a text are those of its
 * lines, split one by one: only lines with hits are split, and only when `lineTest` (a cheap test
 * that must hold for the line whenever `test` holds for one of its sentences) lets them through.
 * `test` gets the sentence and the range of hits inside it, assigned as `TriggerIndex.bySentence`
 * assigns them, so it sees exactly the candidates the full pass would.
 */
export function anySentence(
  text: string,
  hits: StemHits,
  lineTest: (line: string, lineStart: number, from: number, to: number) => boolean,
  test: (sentence: string, from: number, to: number) => boolean,
): boolean {
  const at = hits.at;
  let i = 0;
  while (i < at.length) {
    const lineStart = text.lastIndexOf('\n', at[i]!) + 1;
    let lineEnd = text.indexOf('\n', at[i]!);
    if (lineEnd < 0) lineEnd = text.length;
    let j = i + 1;
    while (j < at.length && at[j]! < lineEnd) j++;
    const line = text.slice(lineStart, lineEnd);
    if (lineTest(line, lineStart, i, j)) {
      const starts: number[] = [];
      const sentences = splitSentences(line, undefined, starts);
      let h = i;
      for (let k = 0; k < sentences.length && h < j; k++) {
        const from = h;
        while (h < j && (k + 1 >= starts.length || at[h]! - lineStart < starts[k + 1]!)) h++;
        if (h > from && test(sentences[k]!, from, h)) return true;
      }
    }
    i = j;
  }
  return false;
}
