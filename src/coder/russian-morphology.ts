import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Az.js (npm `az`, MIT): a pymorphy2-style analyser with the OpenCorpora dictionary bundled
// (389k lexemes). It ships no types, so only the few calls used here are typed, in this module.
interface AzTag {
  readonly POST?: string;
  readonly CAse?: string;
  readonly NMbr?: string;
  readonly GNdr?: string;
  readonly Fixd?: boolean;
  toString(): string;
}
interface AzParse {
  readonly word: string;
  readonly tag: AzTag;
  readonly score: number;
  readonly formCnt: number;
  normalize(): AzParse;
  inflect(index: number): AzParse;
  inflect(grammemes: readonly string[]): AzParse | false;
}
interface AzMorph {
  (word: string): AzParse[];
  init(path: string, callback: (err: unknown) => void): void;
}
interface AzModule {
  load: (url: string, type: string, callback: (err: unknown, data?: unknown) => void) => void;
  Morph: AzMorph;
}

const require = createRequire(import.meta.url);

/** One reading of a word form: its dictionary form, part of speech and grammatical case. */
export interface WordReading {
  readonly lemma: string;
  /** OpenCorpora part of speech: NOUN, ADJF, VERB, INFN, PRTF, ... */
  readonly pos: string;
  /** nomn, gent, datv, accs, ablt, loct, or "" for words without case. */
  readonly grammaticalCase: string;
}

/** A Russian analyser: lemmas of a form (cached), and every form of a lemma. */
export interface RussianMorphology {
  readings(word: string): readonly WordReading[];
  /** The likeliest dictionary form of a word form, lower-cased; the form itself when unknown. */
  lemma(word: string): string;
  /**
   * Every form (lower-cased) of the likeliest lexeme whose dictionary form is `lemma`, with the cases
   * each form can be. Proper names must be given capitalised ("Армения"): the analyser needs it.
   */
  forms(lemma: string): ReadonlyMap<string, readonly string[]>;
  /**
   * A name of several words in each of the six cases (nominative first), capitalised as written:
   * the words up to the first noun agree with it and decline ("Российская Федерация" → "Российской
   * Федерации"), the rest stay as written ("Республика Армения" → "Республики Армения").
   */
  declinePhrase(phrase: string): string[];
}

/** The six cases in OpenCorpora's names, nominative first. */
export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

const likeOriginal = (form: string, original: string): string =>
  original === original.toUpperCase() ? form.toUpperCase() : /^\p{Lu}/u.test(original) ? form[0]!.toUpperCase() + form.slice(1) : form;

let loaded: AzModule | undefined;

// Az.js reads its dictionaries with fs.readFile; reading them synchronously lets the coder stay
// synchronous and load them only when the first Russian article arrives (about 0.4 s). Its init
// counts the files it waits for, so the answers are handed over only after it has asked for all.
function az(): AzModule {
  if (loaded) return loaded;
  const mod = require('az') as AzModule;
  const pending: (() => void)[] = [];
  mod.load = (url, type, callback) => {
    let data: unknown;
    try {
      const buf = readFileSync(url);
      data = type === 'json' ? JSON.parse(buf.toString('utf8')) : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    } catch (err) {
      pending.push(() => callback(err));
      return;
    }
    pending.push(() => callback(null, data));
  };
  let failure: unknown;
  let done = false;
  mod.Morph.init(join(dirname(require.resolve('az')), '..', 'dicts'), (err) => {
    failure = err;
    done = true;
  });
  while (pending.length) pending.shift()!();
  if (failure || !done) throw new Error(`Russian morphology could not load its dictionary: ${String(failure ?? 'incomplete')}`);
  loaded = mod;
  return mod;
}

// News vocabulary repeats, and an uncached analysis costs about 35 µs: keep each form's result.
const CACHE_LIMIT = 200_000;

/** The Russian analyser (Az.js and its OpenCorpora dictionary), loaded on first use. */
export function russianMorphology(): RussianMorphology {
  const Morph = az().Morph;
  const cache = new Map<string, WordReading[]>();
  const paradigms = new Map<string, Map<string, string[]>>();
  const readings = (word: string): WordReading[] => {
    let r = cache.get(word);
    if (!r) {
      r = Morph(word).map((p) => ({
        lemma: p.normalize().word.toLowerCase(),
        pos: p.tag.POST ?? '',
        grammaticalCase: p.tag.CAse ?? '',
      }));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, r);
    }
    return r;
  };
  return {
    readings,
    lemma: (word) => readings(word)[0]?.lemma ?? word.toLowerCase(),
    forms(lemma) {
      let out = paradigms.get(lemma);
      if (out) return out;
      out = new Map<string, string[]>();
      const p = Morph(lemma).find((x) => x.normalize().word.toLowerCase() === lemma.toLowerCase());
      for (let i = 0; p && i < p.formCnt; i++) {
        const f = p.inflect(i);
        const w = f.word.toLowerCase();
        const cases = out.get(w) ?? [];
        const c = f.tag.CAse ?? '';
        if (!cases.includes(c)) cases.push(c);
        out.set(w, cases);
      }
      if (!out.size) out.set(lemma.toLowerCase(), ['']);
      paradigms.set(lemma, out);
      return out;
    },
    declinePhrase(phrase) {
      const words = phrase.split(' ');
      // A name is written in the nominative, so read each word as one ("силы": the plural, not "of the force").
      // "военный блок": a word that can be an adjective, before a noun, is one (not "a serviceman").
      const nounAt = (i: number): boolean =>
        i < words.length && Morph(words[i]!).some((p) => p.tag.POST === 'NOUN' && p.tag.CAse === 'nomn');
      const parses = words.map((w, i) => {
        if (/\d|^\p{Lu}{2,}$/u.test(w)) return undefined;
        const all = Morph(w);
        const adjective = nounAt(i + 1)
          ? all.find((p) => (p.tag.POST === 'ADJF' || p.tag.POST === 'PRTF') && p.tag.CAse === 'nomn')
          : undefined;
        return adjective ?? all.find((p) => p.tag.CAse === 'nomn') ?? all[0];
      });
      const head = parses.findIndex((p) => p !== undefined && p.tag.POST === 'NOUN');
      const headTag = head >= 0 ? parses[head]!.tag : undefined;
      return CASES.map((c) =>
        words
          .map((w, i) => {
            const p = parses[i];
            if (!p || !headTag || i > head || p.tag.Fixd || p.tag.CAse !== 'nomn') return w;
            // Keep every grammeme of the word (a passive participle stays passive), changing only the case;
            // an adjective before a masculine or plural noun takes its animacy in the accusative.
            const gram = p.tag
              .toString()
              .split(/[ ,]/)
              .filter((g) => g && g !== 'nomn' && g !== 'anim' && g !== 'inan' && g !== 'Qual' && g !== 'Subx')
              .concat(c);
            if (c === 'accs' && i < head) gram.push(/\banim\b/.test(headTag.toString()) ? 'anim' : 'inan');
            const f =
              p.inflect(gram) || p.inflect(gram.filter((g) => g !== 'anim' && g !== 'inan')) || p.inflect([c, p.tag.NMbr ?? 'sing']);
            return f && f.word ? likeOriginal(f.word, w) : w;
          })
          .join(' '),
      );
    },
  };
}
