import { Lexicon } from './lexicon.js';
import { compileSpec, matchAll, matchAt, type CompiledSpec, type PatternMatch } from './matcher.js';
import type { PhraseRule, RulesFile, TokenRule, TokenSpec } from './pattern.js';
import type { ActorRef, Analyser, MentionSpan, Token } from './token.js';
import { WordIndex, type WordSet } from './word-index.js';

/** Word classes the engine itself consults; every language's lexicon defines them. */
export const ENGINE_CLASSES = ['clause_break', 'negation', 'modality'] as const;

/** An event rule compiled: its pattern and the surface forms its trigger can start with. */
export interface CompiledTokenRule extends TokenRule {
  readonly specs: readonly CompiledSpec[];
  /** The words its trigger can be (ids in the engine's word index): what the cheap search looks for. */
  readonly anchor: number;
  /** Word sets every match needs in its sentence (ids), tried before tokenizing. */
  readonly needs: readonly number[];
  /** Word sets of its sentence-wide `unless` classes: a sentence holding one is never tokenized for the rule. */
  readonly bars: readonly number[];
}

/** A rule's match in one sentence, in character offsets, with the actors its slots bound. */
export interface EventMatch {
  readonly rule: CompiledTokenRule;
  readonly start: number;
  readonly end: number;
  /** The trigger's clause, in characters. */
  readonly clause: readonly [number, number];
  readonly negated: boolean;
  readonly modal: boolean;
  /** Slot name → the actor it bound (undefined when the slot holds a pronoun or an unnamed noun). */
  readonly slots: ReadonlyMap<string, { actor: ActorRef | undefined; start: number; end: number }>;
}

/** How many tokens before the trigger, inside its clause, negation and modality words still reach it. */
const SCOPE_BEFORE = 8;
/** Modality may follow the act ("drills scheduled for May"). */
const MODAL_AFTER = 6;

/**
 * The language-neutral token engine: tokens with lexicon classes and actor mentions, actor phrases
 * merged, clause breaks, and event rules matched with their roles, negation and modality. What is
 * English (or Russian) is only in the analyser and the data (lexicon classes, phrases, rules).
 */
export class TokenEngine {
  readonly rules: readonly CompiledTokenRule[];
  /** Every word set the rules look for before tokenizing. */
  readonly words = new WordIndex();
  /** Only the triggers' words: what the search over a whole article looks for. */
  readonly triggers = new WordIndex();
  /** A search for every trigger word in a text (`plausible` then decides on each sentence). */
  readonly triggerScan: RegExp;
  /** The rules whose trigger can be a word (a form, or the first word of an entry). */
  private readonly byTrigger = new Map<string, CompiledTokenRule[]>();
  private readonly phrases: readonly { rule: PhraseRule; specs: readonly CompiledSpec[] }[];

  constructor(
    file: RulesFile,
    readonly lexicon: Lexicon,
    readonly analyser: Analyser,
  ) {
    for (const c of ENGINE_CLASSES) if (!lexicon.names.has(c)) throw new Error(`lexicon: the engine needs the word class "${c}"`);
    this.phrases = file.phrases.map((rule, k) => ({
      rule,
      specs: rule.pattern.map((s, j) => compileSpec(s, lexicon, `phrases[${k}] (${rule.id}).pattern[${j}]`)),
    }));
    this.rules = file.rules.map((rule, k) => {
      const where = `rules[${k}] (${rule.id})`;
      for (const c of [...rule.context, ...rule.unless])
        for (const cls of Array.isArray(c.class) ? c.class : [c.class])
          if (!lexicon.names.has(cls)) throw new Error(`${where}: unknown word class "${cls}"`);
      const specs = rule.pattern.map((s, j) => compileSpec(s, lexicon, `${where}.pattern[${j}]`));
      const bars = rule.unless
        .filter((u) => u.scope === 'sentence')
        .map((u) => this.classesId(Array.isArray(u.class) ? u.class : [u.class]));
      const trigger = this.triggerSet(rule, where);
      this.triggers.add(JSON.stringify(trigger), trigger);
      return { ...rule, specs, anchor: this.words.add(JSON.stringify(trigger), trigger), needs: this.needsOf(rule), bars };
    });
    this.triggerScan = this.triggers.scanner();
    for (const r of this.rules) {
      const set = this.triggerSet(r, r.id);
      for (const w of [...set.forms, ...set.phrases.flatMap((p) => p.first)]) {
        const list = this.byTrigger.get(w) ?? [];
        if (!list.includes(r)) list.push(r);
        this.byTrigger.set(w, list);
      }
    }
  }

  // The trigger (or, without one, the first word test) names the words a match must contain: the screen's key.
  private triggerSet(rule: TokenRule, where: string): WordSet {
    const spec = rule.pattern.find((s) => s.trigger) ?? rule.pattern.find((s) => s.class || s.lemma || s.lower);
    const set = spec ? this.setOf(spec) : undefined;
    if (!set || (!set.forms.length && !set.phrases.length))
      throw new Error(`${where}: the trigger needs a word class, lemma or word the screen can look for`);
    return set;
  }

  private setOf(spec: TokenSpec): WordSet | undefined {
    const many = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    if (spec.not) return undefined;
    if (spec.or) {
      const all = spec.or.map((s) => this.setOf(s));
      if (!all.every((x) => x !== undefined)) return undefined;
      return { forms: all.flatMap((x) => x!.forms), phrases: all.flatMap((x) => x!.phrases) };
    }
    if (spec.lower) return { forms: many(spec.lower), phrases: [] };
    if (spec.class) {
      const sets = many(spec.class).map((c) => this.lexicon.wordSetOfClass(c));
      return { forms: sets.flatMap((x) => x.forms), phrases: sets.flatMap((x) => x.phrases) };
    }
    if (spec.lemma) return { forms: many(spec.lemma).flatMap((l) => [...this.analyser.forms(l)]), phrases: [] };
    return undefined;
  }

  /** The id of one word class's set in `words` (registered on first use). */
  classId(cls: string): number {
    return this.classesId([cls]);
  }

  private classesId(classes: readonly string[]): number {
    const sets = classes.map((c) => this.lexicon.wordSetOfClass(c));
    return this.words.add(`class:${classes.join('|')}`, { forms: sets.flatMap((x) => x.forms), phrases: sets.flatMap((x) => x.phrases) });
  }

  // Word sets a match cannot do without: each required word spec, and the context classes of its sentence.
  private needsOf(rule: TokenRule): number[] {
    const out = new Set<number>();
    for (const spec of rule.pattern) {
      if (spec.op === '?' || spec.op === '*' || spec.gap) continue;
      const set = this.setOf(spec);
      if (set) out.add(this.words.add(JSON.stringify(set), set));
    }
    for (const c of rule.context) if (c.scope !== 'article') out.add(this.classesId(Array.isArray(c.class) ? c.class : [c.class]));
    return [...out];
  }

  /**
   * Whether some rule whose trigger can be `word` finds all its needed words in a line holding the
   * sentence and none of its barring words in a stretch sure to lie inside the sentence (both as the
   * word sets `words.present` found there): the cheapest test, tried before the line is even split.
   */
  mayNeed(word: string, line: string, inside: () => string): boolean {
    // A line with many trigger hits asks for the same word sets again: each answer is kept for the line.
    const inLine = (id: number): boolean => this.lineMemo.holds(this.words, id, line);
    for (const r of this.byTrigger.get(word) ?? []) {
      // Barring words are looked for in the short stretch first: the cheapest test that rules most out.
      if (r.bars.length) {
        const within = inside();
        if (r.bars.some((id) => this.stretchMemo.holds(this.words, id, within))) continue;
      }
      // The hit itself satisfies the trigger when it is a whole form of it (not the first word of a longer entry).
      if (r.needs.every((id) => (id === r.anchor && this.words.isForm(id, word)) || inLine(id))) return true;
    }
    return false;
  }
  // A line with many trigger hits asks for the same word sets again, and so do hits in one sentence:
  // each answer is kept until the text asked about changes.
  private readonly lineMemo = new HoldsMemo();
  private readonly stretchMemo = new HoldsMemo();

  /**
   * Rules whose needed words all occur in a lower-cased sentence and that no sentence-wide `unless`
   * class bars: the only ones worth tokenizing it for. Both passes start here, so the screen stays exact.
   */
  plausible(lower: string): CompiledTokenRule[] {
    const present = this.words.present(lower);
    return this.rules.filter((r) => present[r.anchor] && r.needs.every((id) => present[id]) && !r.bars.some((id) => present[id]));
  }

  /** Tokens of a sentence with its actor mentions merged, lemmas from the forms table, and actor phrases applied. */
  tokens(sentence: string, mentions: readonly MentionSpan[]): Token[] {
    const raw = this.analyser.tokenize(sentence);
    const out: Token[] = [];
    let m = 0;
    for (let k = 0; k < raw.length; k++) {
      const r = raw[k]!;
      while (m < mentions.length && mentions[m]!.end <= r.start) m++;
      const mention = mentions[m];
      if (mention && mention.start <= r.start && r.start < mention.end) {
        // Every token the mention covers becomes one token.
        while (k + 1 < raw.length && raw[k + 1]!.start < mention.end) k++;
        const text = sentence.slice(mention.start, mention.end);
        out.push({
          text,
          lower: text.toLowerCase(),
          start: mention.start,
          end: mention.end,
          lemmas: [text.toLowerCase()],
          pos: 'PROPN',
          feats: undefined,
          actor: mention.actor,
        });
        m++;
        continue;
      }
      const lower = r.text.toLowerCase();
      out.push({ ...r, lower, lemmas: this.lexicon.lemmasOf(lower), pos: undefined, feats: undefined, actor: undefined });
    }
    return this.applyPhrases(sentence, out);
  }

  // "forces from Tajikistan", "Kyrgyz and Tajik border guards": an actor phrase is one actor token.
  private applyPhrases(sentence: string, tokens: Token[]): Token[] {
    if (!this.phrases.length || !tokens.some((t) => t.actor)) return tokens;
    const none: boolean[] = [];
    let out = tokens;
    for (const { rule, specs } of this.phrases) {
      const next: Token[] = [];
      for (let i = 0; i < out.length;) {
        const m = matchAt(out, specs, i, none);
        const slotted = m ? [...m.slots.values()].map((k) => out[k]!.actor).filter((a): a is ActorRef => a !== undefined) : [];
        if (!m || m.end <= i || !slotted.length) {
          next.push(out[i]!);
          i++;
          continue;
        }
        const first = out[m.start]!,
          last = out[m.end - 1]!;
        const codes = [...new Set(slotted.flatMap((a) => a.codes))];
        const text = sentence.slice(first.start, last.end);
        next.push({
          text,
          lower: text.toLowerCase(),
          start: first.start,
          end: last.end,
          lemmas: [text.toLowerCase()],
          pos: 'PROPN',
          feats: undefined,
          actor: {
            codes,
            kind: rule.kind ?? (slotted.every((a) => a.kind === 'demonym') ? 'demonym' : 'names'),
            state: slotted.every((a) => a.state),
            // "CSTO peacekeepers, mostly Russian paratroopers": a name that only describes stays a description in its phrase.
            modifier: rule.modifier || slotted.some((a) => a.modifier),
            speaker: false,
          },
        });
        i = m.end;
      }
      out = next;
    }
    return out;
  }

  /** Runs the language's analyser on a sentence's tokens (POS, lemmas, features), then forgets the classes found before. */
  analyse(sentence: string, tokens: readonly Token[]): void {
    this.analyser.analyse(sentence, tokens);
    Lexicon.forget(tokens);
  }

  /** Clause breaks of a sentence's tokens: a gap never crosses one, and negation stays on its side. */
  breaks(tokens: readonly Token[]): boolean[] {
    return tokens.map((_, i) => this.lexicon.has(tokens, i, 'clause_break'));
  }

  /**
   * The matches of `rules` in a sentence. Before analysis (the screen) POS and features are not known
   * and pass every test, so a sentence the screen rejects can never match after analysis either.
   */
  match(
    sentence: string,
    tokens: readonly Token[],
    rules: readonly CompiledTokenRule[],
    articleHas: (cls: string) => boolean,
    stopAtFirst = false,
  ): EventMatch[] {
    const blocked = this.breaks(tokens);
    const out: EventMatch[] = [];
    for (const rule of rules) {
      for (const m of matchAll(tokens, rule.specs, blocked)) {
        const e = this.accept(sentence, tokens, blocked, rule, m, articleHas);
        if (!e) continue;
        out.push(e);
        if (stopAtFirst) return out;
      }
    }
    return out;
  }

  private accept(
    sentence: string,
    tokens: readonly Token[],
    blocked: readonly boolean[],
    rule: CompiledTokenRule,
    m: PatternMatch,
    articleHas: (cls: string) => boolean,
  ): EventMatch | undefined {
    const [ts, te] = m.trigger;
    let cs = ts;
    while (cs > 0 && !blocked[cs]) cs--;
    let ce = te;
    while (ce < tokens.length && !blocked[ce]) ce++;
    const found = (cls: string | string[], scope: 'sentence' | 'clause' | 'article'): boolean => {
      const classes = Array.isArray(cls) ? cls : [cls];
      if (scope === 'article') return classes.some((c) => articleHas(c));
      const [a, b] = scope === 'clause' ? [cs, ce] : [0, tokens.length];
      for (let i = a; i < b; i++) if (classes.some((c) => this.lexicon.has(tokens, i, c))) return true;
      return false;
    };
    if (!rule.context.every((c) => found(c.class, c.scope))) return undefined;
    if (rule.unless.some((c) => found(c.class, c.scope))) return undefined;
    const [from, to] = rule.scope === 'match' ? [m.start, m.end] : [Math.max(cs, ts - SCOPE_BEFORE), te];
    const negated = this.any(tokens, from, to, 'negation');
    if (rule.negation === 'required' && !negated) return undefined;
    if (rule.negation === 'forbidden' && negated) return undefined;
    const modal = this.any(tokens, from, Math.min(ce, to + MODAL_AFTER), 'modality');
    if (rule.modality === 'forbidden' && modal) return undefined;
    const slots = new Map<string, { actor: ActorRef | undefined; start: number; end: number }>();
    for (const [name, k] of m.slots) slots.set(name, { actor: tokens[k]!.actor, start: tokens[k]!.start, end: tokens[k]!.end });
    const charAt = (k: number): number => (k < tokens.length ? tokens[k]!.start : sentence.length);
    return {
      rule,
      start: tokens[ts]!.start,
      end: tokens[te - 1]!.end,
      clause: [cs === 0 ? 0 : charAt(cs), ce >= tokens.length ? sentence.length : charAt(ce)],
      negated,
      modal,
      slots,
    };
  }

  private any(tokens: readonly Token[], from: number, to: number, cls: string): boolean {
    for (let i = Math.max(0, from); i < to && i < tokens.length; i++) if (this.lexicon.has(tokens, i, cls)) return true;
    return false;
  }
}

/** `words.holds(id, text)` answers for the last text asked about. */
class HoldsMemo {
  private text: string | undefined;
  private known = new Int8Array(0);

  holds(words: WordIndex, id: number, text: string): boolean {
    if (text !== this.text || this.known.length < words.size) {
      this.text = text;
      if (this.known.length < words.size) this.known = new Int8Array(words.size * 2);
      this.known.fill(-1);
    }
    const k = this.known[id]!;
    if (k !== -1) return k === 1;
    const got = words.holds(id, text);
    this.known[id] = got ? 1 : 0;
    return got;
  }
}
