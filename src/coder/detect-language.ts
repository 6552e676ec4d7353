import { francAll } from 'franc';

/** ISO 639-1 codes (or 639-3 where 639-1 has none) of what `detectLanguage` can tell apart. */
export type LanguageCode = string;

/** "und" when the text holds too few letters to tell. */
export const UNDETERMINED = 'und';

// franc's ISO 639-3 codes to the two-letter codes a pack lists under `languages`.
const ISO1: Readonly<Record<string, string>> = {
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  kaz: 'kk',
  kir: 'ky',
  tgk: 'tg',
  uzn: 'uz',
  bul: 'bg',
  srp: 'sr',
  mkd: 'mk',
  khk: 'mn',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  tur: 'tr',
  azj: 'az',
  pol: 'pl',
  nld: 'nl',
};
const CYRILLIC_CANDIDATES = ['rus', 'ukr', 'bel', 'kaz', 'kir', 'tgk', 'uzn', 'bul', 'srp', 'mkd', 'khk'];
const LATIN_CANDIDATES = ['eng', 'fra', 'deu', 'spa', 'por', 'ita', 'tur', 'azj', 'uzn', 'pol', 'nld'];

// Letters Russian does not have: Kazakh ә ғ қ ң ө ұ ү һ і, Kyrgyz ң ө ү, Ukrainian і ї є ґ,
// Belarusian ў і, Tajik ғ ӣ қ ӯ ҳ ҷ, Uzbek ў қ ғ ҳ, Serbian and Macedonian ј љ њ ђ ћ џ ѓ ќ ѕ.
const NOT_RUSSIAN = /[әғқңөұүһіїєґўӣӯҳҷјљњђћџѓќѕӘҒҚҢӨҰҮҺІЇЄҐЎӢӮҲҶЈЉЊЂЋЏЃЌЅ]/g;
// Letters of Russian that Ukrainian, Bulgarian, Serbian and Macedonian lack (ы э ё); not ъ, which
// Bulgarian writes in almost every sentence.
const RUSSIAN_ONLY = /[ыэёЫЭЁ]/;
// Words so frequent in English prose that a few hundred characters always hold several.
// A letter joined by an apostrophe is part of another word (Uzbek "a'zo", "to'xtatdi"), never English "a", "to".
const ENGLISH_WORDS =
  /(?<!\w|\w['ʻʼ])(?:the|of|and|to|in|a|on|for|with|is|was|were|said|that|by|at|from|as|has|have|it|its|will|be|an)(?!\w|['ʻʼ]\w)/g;

const SAMPLE = 400;
const count = (re: RegExp, s: string): number => s.match(re)?.length ?? 0;

// Cyrillic and Latin letters of a text in one pass over its char codes (no match arrays to collect).
function letters(text: string): { cyrillic: number; latin: number } {
  let cyrillic = 0,
    latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  return { cyrillic, latin };
}

/** Which script a stretch of text is mostly written in. */
export function scriptOf(text: string): 'latin' | 'cyrillic' | 'none' {
  const { cyrillic: c, latin: l } = letters(text);
  if (c === 0 && l === 0) return 'none';
  return c >= l ? 'cyrillic' : 'latin';
}

/**
 * The language of a text, looked at cheaply first: the script, then letters only some Cyrillic
 * languages have, then a few very common English words; only texts those tests leave open go to
 * franc's trigram model, restricted to the languages the script allows and to the first 400
 * characters (about 0.3 ms). English and plain Russian news never reach franc.
 */
export function detectLanguage(text: string): LanguageCode {
  const sample = text.length > 4 * SAMPLE ? text.slice(0, 4 * SAMPLE) : text;
  const script = scriptOf(sample);
  if (script === 'none') return UNDETERMINED;
  if (script === 'latin') {
    const head = sample.slice(0, SAMPLE).toLowerCase();
    const words = head.split(/\s+/).length;
    if (count(ENGLISH_WORDS, head) >= (words < SHORT_WORDS ? 1 : Math.max(2, words * 0.08))) return 'en';
    return viaFranc(head, LATIN_CANDIDATES, 'eng');
  }
  const { cyrillic } = letters(sample);
  const foreign = count(NOT_RUSSIAN, sample);
  // A Kazakh name quoted in Russian copy is one letter in hundreds; Kazakh or Kyrgyz prose has several per sentence.
  if (foreign <= cyrillic * 0.002 && RUSSIAN_ONLY.test(sample)) return 'ru';
  return viaFranc(sample.slice(0, SAMPLE), CYRILLIC_CANDIDATES, 'rus');
}

// In a short Latin text the names and numbers (the same in every Latin-script language) outweigh the
// words, so trigram scores come close: franc put "Tajikistan hosted CSTO drills in May 2024." under Uzbek
// with English at 0.98 of the best, and a two-sentence Russian sports item under Bulgarian (Russian at 0.98).
// A near tie with the script's common language (English, Russian) is no evidence against it.
const NEAR_TIE = 0.95;
// A line this short is one report, and one English function word in it is worth more than its trigrams
// (franc read one-line English reports with "on" as French and Italian). Misreading a short foreign line
// as English costs little: the English rules find nothing in it.
const SHORT_WORDS = 20;

function viaFranc(text: string, only: string[], tieGoesTo?: string): LanguageCode {
  const ranked = francAll(text, { only, minLength: 10 });
  let code = ranked[0]?.[0] ?? 'und';
  if (tieGoesTo && code !== tieGoesTo && (ranked.find(([c]) => c === tieGoesTo)?.[1] ?? 0) >= NEAR_TIE) code = tieGoesTo;
  return code === 'und' ? UNDETERMINED : (ISO1[code] ?? code);
}

/** A run of whole lines of an article written in one script, with the language read from it. */
export interface Segment {
  readonly text: string;
  readonly language: LanguageCode;
}

// A line needs this many letters to count as the other script's; bylines and names stay where they are.
const OWN_LINE = 60;

/**
 * The article as runs of lines in one language: one segment for almost every article; an article
 * mixing paragraphs of two scripts (an English story quoting a Russian statement in full) gives one
 * segment per run, so each is coded in its own language. Lines too short to judge join the run they sit in.
 */
export function segmentByLanguage(text: string): Segment[] {
  // Most articles hold one script only, which one native scan of each settles.
  const hasCyrillic = /[\u0400-\u04ff]/.test(text);
  const hasLatin = /[A-Za-z]{3}/.test(text);
  if (!hasCyrillic || !hasLatin) return [{ text, language: detectLanguage(text) }];
  const lines = text.split('\n');
  const scripts = lines.map((l) => {
    const n = letters(l);
    return n.cyrillic + n.latin >= OWN_LINE ? scriptOf(l) : 'none';
  });
  const runs: { script: string; lines: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const s = scripts[i]!;
    const last = runs[runs.length - 1];
    if (last && (s === 'none' || s === last.script)) last.lines.push(lines[i]!);
    else if (!last && s === 'none') runs.push({ script: 'none', lines: [lines[i]!] });
    else if (last && last.script === 'none') {
      last.script = s;
      last.lines.push(lines[i]!);
    } else runs.push({ script: s, lines: [lines[i]!] });
  }
  if (runs.length === 1) return [{ text, language: detectLanguage(text) }];
  return runs.map((r) => {
    const t = r.lines.join('\n');
    return { text: t, language: detectLanguage(t) };
  });
}
