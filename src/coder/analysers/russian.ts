import type { Analyser, Token } from '../engine/index.js';
import { russianMorphology, type RussianMorphology } from '../russian-morphology.js';

// Words (hyphens kept: "военно-политический", "Нур-Султан"), numbers, then any other single character.
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|\S/gu;

// OpenCorpora parts of speech to Universal POS (UD): participles and short forms are what they modify.
const UPOS: Readonly<Record<string, string>> = {
  NOUN: 'NOUN',
  ADJF: 'ADJ',
  ADJS: 'ADJ',
  COMP: 'ADJ',
  VERB: 'VERB',
  INFN: 'VERB',
  PRTF: 'VERB',
  PRTS: 'VERB',
  GRND: 'VERB',
  NUMR: 'NUM',
  ADVB: 'ADV',
  NPRO: 'PRON',
  PRED: 'ADV',
  PREP: 'ADP',
  CONJ: 'CCONJ',
  PRCL: 'PART',
  INTJ: 'INTJ',
};
// OpenCorpora cases to UD's Case feature (the engine's `feats`: { "Case": "Gen" }).
const CASE: Readonly<Record<string, string>> = { nomn: 'Nom', gent: 'Gen', datv: 'Dat', accs: 'Acc', ablt: 'Ins', loct: 'Loc' };

let morph: RussianMorphology | undefined;
const m = (): RussianMorphology => (morph ??= russianMorphology());

/**
 * Russian for the token engine: a regex tokenizer; forms of a lemma and the analysis of a token from
 * Az.js (OpenCorpora dictionary, readings cached per form). A Russian form is often ambiguous
 * ("Армении": genitive, dative or locative), so a token keeps the lemmas of all its readings, the part
 * of speech and case of the likeliest; a feature test sees that case only.
 */
export const russianAnalyser: Analyser = {
  language: 'ru',
  tokenize(sentence) {
    const out: { text: string; start: number; end: number }[] = [];
    TOKEN.lastIndex = 0;
    for (let x; (x = TOKEN.exec(sentence)) !== null;) out.push({ text: x[0], start: x.index, end: x.index + x[0].length });
    return out;
  },
  forms(lemma) {
    const out = new Set<string>([lemma.toLowerCase()]);
    for (const f of m().forms(lemma).keys()) {
      out.add(f);
      if (f.includes('ё')) out.add(f.replace(/ё/g, 'е'));
    }
    return [...out];
  },
  analyse(_sentence, tokens) {
    for (const t of tokens) analyseToken(t);
  },
};

function analyseToken(t: Token): void {
  if (t.actor || !/\p{L}/u.test(t.text)) return;
  const readings = m().readings(t.text);
  const first = readings[0];
  if (!first) return;
  t.pos = UPOS[first.pos] ?? 'X';
  // Narrow to the analyser's lemmas, keeping what the forms table allowed when the dictionary agrees.
  const lemmas = [...new Set(readings.map((r) => r.lemma.replace(/ё/g, 'е')))];
  const kept = t.lemmas.filter((l) => lemmas.includes(l.replace(/ё/g, 'е')));
  t.lemmas = kept.length ? kept : [...new Set([...lemmas, t.lower])];
  const c = CASE[first.grammaticalCase];
  t.feats = c ? { Case: c } : undefined;
}
