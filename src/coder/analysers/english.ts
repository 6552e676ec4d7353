import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Analyser, Token } from '../engine/index.js';
import { englishForms } from './english-forms.js';

// Initials ("U.S."), words (hyphens and inner apostrophes kept: "fact-finding", "O'Brien"), the
// clitics "'s" and "n't", then any other single character. No alternative backtracks, so it is linear.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+|['’](?![st]\b)\p{L}+)*|['’][st]\b|\S/gu;

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

/**
 * English for the token engine: a regex tokenizer and suffix-rule forms (cheap, used on every
 * candidate sentence), and wink-nlp with its English lite model (POS and lemmas, used only on the
 * sentences the screen lets through). The model loads on first use.
 */
export const englishAnalyser: Analyser = {
  language: 'en',
  tokenize(sentence) {
    const out: { text: string; start: number; end: number }[] = [];
    TOKEN.lastIndex = 0;
    for (let m; (m = TOKEN.exec(sentence)) !== null;) {
      const text = m[0];
      const start = m.index;
      // "didn't": the word took the "n" of "n't".
      if (text === "'t" || text === '’t') {
        const prev = out[out.length - 1];
        if (prev && prev.end === start && prev.text.length > 1 && prev.text.endsWith('n')) {
          out[out.length - 1] = { text: prev.text.slice(0, -1), start: prev.start, end: prev.end - 1 };
          out.push({ text: sentence.slice(start - 1, start + 2), start: start - 1, end: start + 2 });
          continue;
        }
      }
      out.push({ text, start, end: start + text.length });
    }
    return out;
  },
  forms: englishForms,
  analyse(sentence, tokens) {
    nlp ??= winkNLP(model, ['sbd', 'pos']);
    const its = nlp.its;
    // A capital that only starts the sentence would make wink read the word as a proper noun ("Forces").
    const first = tokens[0];
    const text =
      first && !first.actor
        ? sentence.slice(0, first.start) + sentence.slice(first.start, first.start + 1).toLowerCase() + sentence.slice(first.start + 1)
        : sentence;
    const doc = nlp.readDoc(text).tokens();
    const words = doc.out() as string[];
    const pos = doc.out(its.pos) as string[];
    const lemma = doc.out(its.lemma as never) as unknown as string[];
    const at = new Map<number, number>();
    let cursor = 0;
    for (let k = 0; k < words.length; k++) {
      const found = text.indexOf(words[k]!, cursor);
      if (found < 0) continue;
      at.set(found, k);
      cursor = found + words[k]!.length;
    }
    for (const t of tokens) alignToken(t, at.get(t.start), pos, lemma);
  },
};

// The analyser's lemma narrows what the forms table allowed; a proper noun keeps them all (a capital may be a headline's).
function alignToken(t: Token, k: number | undefined, pos: readonly string[], lemma: readonly string[]): void {
  if (t.actor || k === undefined) return;
  t.pos = pos[k];
  if (t.pos === 'PROPN') return;
  const l = lemma[k]?.toLowerCase();
  t.lemmas = l !== undefined && t.lemmas.includes(l) ? [l] : [t.lower];
}
