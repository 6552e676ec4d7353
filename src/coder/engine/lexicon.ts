import { z } from 'zod';
import type { Analyser, Token } from './token.js';
import type { WordSet } from './word-index.js';

/** One word class: lemmas (or multi-word entries of lemmas, "open fire") that play one part in events. */
export const WordClassSpec = z.object({
  why: z.string().min(1),
  /** Lemmas, or space-separated lemma sequences; a word in quotes ("'s") matches the token's lower-case text. */
  entries: z.array(z.string().min(1)).min(1),
});
export type WordClassSpec = z.infer<typeof WordClassSpec>;

/** The `classes` section of a language's lexicon.json. */
export const WordClassesFile = z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'class names are snake_case'), WordClassSpec);

interface Entry {
  readonly cls: string;
  readonly words: readonly string[];
}
const NO_SPANS: readonly number[] = [];
const NO_ENTRIES: readonly Entry[] = [];

/** Word classes compiled for matching: by first word, plus the forms table that finds lemmas without NLP. */
export class Lexicon {
  private readonly byFirst = new Map<string, Entry[]>();
  /** Surface form (lower case) → lemmas of the lexicon it can be a form of. */
  private readonly formsOf = new Map<string, string[]>();
  readonly names: ReadonlySet<string>;

  constructor(
    classes: Readonly<Record<string, WordClassSpec>>,
    private readonly analyser: Pick<Analyser, 'forms'>,
  ) {
    this.names = new Set(Object.keys(classes));
    for (const [cls, spec] of Object.entries(classes)) {
      for (const raw of spec.entries) {
        const words = raw.trim().toLowerCase().split(/\s+/);
        const list = this.byFirst.get(words[0]!) ?? [];
        list.push({ cls, words });
        this.byFirst.set(words[0]!, list);
        for (const w of words) this.addForms(w);
      }
    }
  }

  private addForms(word: string): void {
    const literal = /^'(.+)'$/.exec(word);
    if (literal) return;
    for (const f of this.analyser.forms(word)) {
      const ls = this.formsOf.get(f) ?? [];
      if (!ls.includes(word)) ls.push(word);
      this.formsOf.set(f, ls);
    }
  }

  /** Lemmas of the lexicon a surface form may be (its own lower case always among them). */
  lemmasOf(lower: string): string[] {
    const ls = this.formsOf.get(lower);
    return ls ? (ls.includes(lower) ? ls : [lower, ...ls]) : [lower];
  }

  /** A class as words to look for: single-word entries by their forms, longer ones as a search (see WordIndex). */
  wordSetOfClass(cls: string): WordSet {
    const forms = new Set<string>();
    const phrases: { first: string[]; source: string }[] = [];
    for (const entries of this.byFirst.values())
      for (const e of entries) {
        if (e.cls !== cls) continue;
        if (e.words.length === 1) for (const f of this.formsOfWord(e.words[0]!)) forms.add(f);
        else phrases.push({ first: [...this.formsOfWord(e.words[0]!)], source: e.words.map((w) => this.wordSource(w)).join('\\s+') });
      }
    return { forms: [...forms], phrases };
  }

  private formsOfWord(w: string): readonly string[] {
    const literal = /^'(.+)'$/.exec(w);
    return literal ? [literal[1]!] : this.analyser.forms(w);
  }

  /**
   * A regular expression source matching any entry of the class in lower-case text, every word by its
   * forms and several words separated by spaces ("exchanged fire", "exchanging fire"): the cheap search.
   */
  sourceOfClass(cls: string): string {
    const alts = new Set<string>();
    for (const entries of this.byFirst.values())
      for (const e of entries) {
        if (e.cls !== cls) continue;
        alts.add(e.words.map((w) => this.wordSource(w)).join('\\s+'));
      }
    return [...alts].join('|') || '(?!)';
  }

  private wordSource(w: string): string {
    const literal = /^'(.+)'$/.exec(w);
    const forms = literal ? [literal[1]!] : this.analyser.forms(w);
    const esc = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return esc.length === 1 ? esc[0]! : `(?:${esc.join('|')})`;
  }

  /** Every surface form of a class's first words: what a cheap text search looks for. */
  formsOfClass(cls: string): string[] {
    const out = new Set<string>();
    for (const entries of this.byFirst.values())
      for (const e of entries) {
        if (e.cls !== cls) continue;
        const w = e.words[0]!;
        const literal = /^'(.+)'$/.exec(w);
        if (literal) out.add(literal[1]!);
        else for (const f of this.analyser.forms(w)) out.add(f);
      }
    return [...out];
  }

  /** The lengths (in tokens) of the entries of `cls` that start at token i; empty when none. */
  spansAt(tokens: readonly Token[], i: number, cls: string): readonly number[] {
    const t = tokens[i];
    if (!t) return NO_SPANS;
    // Every class of a token is found in one look-up and kept on the token until its lemmas change.
    t.classes ??= this.classesAt(tokens, i);
    return t.classes.get(cls) ?? NO_SPANS;
  }

  private classesAt(tokens: readonly Token[], i: number): Map<string, number[]> {
    const t = tokens[i]!;
    const out = new Map<string, number[]>();
    const add = (e: Entry): void => {
      if (!this.restMatches(tokens, i, e.words)) return;
      const ls = out.get(e.cls);
      if (ls) ls.push(e.words.length);
      else out.set(e.cls, [e.words.length]);
    };
    for (const key of t.lemmas) for (const e of this.byFirst.get(key) ?? NO_ENTRIES) add(e);
    for (const e of this.byFirst.get(`'${t.lower}'`) ?? NO_ENTRIES) add(e);
    return out;
  }

  /** Forgets the classes found on tokens (after the analyser changed their lemmas). */
  static forget(tokens: readonly Token[]): void {
    for (const t of tokens) t.classes = undefined;
  }

  /** Whether token i is (the start of) a word of class `cls`. */
  has(tokens: readonly Token[], i: number, cls: string): boolean {
    return this.spansAt(tokens, i, cls).length > 0;
  }

  private restMatches(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.actor) return false;
      const w = words[k]!;
      const literal = /^'(.+)'$/.exec(w);
      if (literal ? t.lower !== literal[1] : !t.lemmas.includes(w)) return false;
    }
    return true;
  }
}
