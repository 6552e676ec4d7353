import { type ActorRef, type EventMatch, type MentionSpan, type TokenEngine } from './engine/index.js';
import type { PlaceFinder } from './event-parts.js';
import type { Mention } from './mentions.js';
import { splitSentences } from './sentences.js';

/** The actor a gazetteer mention names, as the engine sees it. */
function actorOf(m: Mention): ActorRef {
  return {
    codes: [m.code],
    kind: m.via === 'name' ? (m.state ? 'state' : 'org') : m.via,
    state: m.state,
    modifier: m.modifier,
    speaker: m.speaker,
  };
}

/**
 * Runs the token engine inside the coder: a cheap search for the words rules are keyed on, the
 * engine's exact screen on those sentences (tokens and forms, no NLP), and the analysed match only
 * on sentences that pass it.
 */
export class TokenPass {
  // The word sets of the article coded last (an article's rules ask about it again and again).
  private lastText = '';
  private lastPresent: Uint8Array = new Uint8Array(0);

  constructor(
    readonly engine: TokenEngine,
    private readonly places: PlaceFinder,
  ) {
    // Article-wide contexts are looked up in the same index as everything else.
    for (const r of engine.rules) for (const c of r.context) if (c.scope === 'article') for (const k of [c.class].flat()) engine.classId(k);
  }

  /** Whether a lower-cased sentence holds a trigger word of a rule that finds the words it needs there. */
  mayHold(lower: string): boolean {
    const scan = this.engine.triggerScan;
    scan.lastIndex = 0;
    for (let m; (m = scan.exec(lower)) !== null;) if (this.engine.mayNeed(m[0], lower, () => lower)) return true;
    return false;
  }

  /** Whether the article names a word of a class anywhere (for rules whose context is the article). */
  articleHas(lowerText: string, cls: string): boolean {
    if (lowerText !== this.lastText) {
      this.lastText = lowerText;
      this.lastPresent = this.engine.words.present(lowerText);
    }
    return this.lastPresent[this.engine.classId(cls)] === 1;
  }

  private spans(sentence: string, mentions: readonly Mention[]): MentionSpan[] {
    const out: MentionSpan[] = mentions.map((m) => ({ start: m.start, end: m.end, actor: actorOf(m) }));
    for (const p of this.places.spans(sentence)) {
      if (out.some((m) => m.start < p.end && p.start < m.end)) continue;
      out.push({ start: p.start, end: p.end, actor: { codes: [p.country], kind: 'place', state: true, modifier: false, speaker: false } });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** The engine's matches in one sentence: screened on tokens first, analysed only when the screen passes. */
  matches(sentence: string, mentions: readonly Mention[], lowerText: string): EventMatch[] {
    if (!mentions.length) return [];
    const rules = this.engine.plausible(sentence.toLowerCase());
    if (!rules.length) return [];
    const tokens = this.engine.tokens(sentence, this.spans(sentence, mentions));
    const has = (cls: string): boolean => this.articleHas(lowerText, cls);
    const screened = this.engine.match(sentence, tokens, rules, has);
    if (!screened.length) return [];
    this.engine.analyse(sentence, tokens);
    const live = [...new Set(screened.map((m) => m.rule))];
    return this.engine.match(sentence, tokens, live, has);
  }

  /** Whether any sentence of the article may yield a token rule's event (no NLP: exact for the analysed pass). */
  mayYield(text: string, lowerText: string, mentionsOf: (sentence: string) => Mention[]): boolean {
    const scan = this.engine.triggerScan;
    scan.lastIndex = 0;
    let lineStart = -1,
      lineEnd = -1,
      line = '',
      split = false;
    for (let m; (m = scan.exec(lowerText)) !== null;) {
      if (m.index >= lineEnd) {
        lineStart = text.lastIndexOf('\n', m.index) + 1;
        lineEnd = text.indexOf('\n', m.index);
        if (lineEnd < 0) lineEnd = text.length;
        line = lowerText.slice(lineStart, lineEnd);
        split = false;
      }
      if (split) continue;
      const at = m.index - lineStart;
      if (!this.engine.mayNeed(m[0], line, () => within(line, at))) continue;
      // Every line break ends a sentence: a line is split only when a rule triggered in it may match there.
      split = true;
      for (const sentence of splitSentences(text.slice(lineStart, lineEnd))) {
        const lower = sentence.toLowerCase();
        if (!this.mayHold(lower)) continue;
        const rules = this.engine.plausible(lower);
        if (!rules.length) continue;
        const mentions = mentionsOf(sentence);
        if (!mentions.length) continue;
        const tokens = this.engine.tokens(sentence, this.spans(sentence, mentions));
        if (this.engine.match(sentence, tokens, rules, (cls) => this.articleHas(lowerText, cls), true).length) return true;
      }
    }
    return false;
  }
}

// The stretch of a line around offset `at` between the stops nearest it: every sentence boundary is
// a stop and a space, so this lies inside the sentence holding `at` (an abbreviation only makes it shorter).
function within(line: string, at: number): string {
  let from = 0;
  let to = line.length;
  STOP.lastIndex = 0;
  for (let m; (m = STOP.exec(line)) !== null;) {
    if (m.index < at) from = m.index + 2;
    else {
      to = m.index;
      break;
    }
  }
  return line.slice(from, to);
}
const STOP = /[.!?] /g;
