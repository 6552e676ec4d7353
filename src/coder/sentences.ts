// Words that end in a full stop without ending a sentence ("Gen. Sidorov", "Oct. 18").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'maj',
  'sgt',
  'capt',
  'adm',
  'st',
  'mt',
  'ft',
  'prof',
  'gov',
  'sen',
  'rep',
  'amb',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'co',
  'corp',
  'ltd',
  'jr',
  'sr',
  'approx',
  'dept',
  'est',
  'fig',
  'vol',
  'pp',
  'ca',
  // Russian: год(а), годы, тысяч, миллион(ов), миллиард(ов), имени, улица, смотри, и др., т. е., т. д.
  'г',
  'гг',
  'тыс',
  'млн',
  'млрд',
  'им',
  'ул',
  'см',
  'др',
  'т',
  'е',
  'д',
  'н',
  'ст',
  'пр',
]);

const BOUNDARY = /[.!?]+["'”’)\]]*[ \t]+|\n+/g;

// Looks back from `end` for the word before the stop; "U.S." and initials do not end sentences.
function isAbbreviation(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && /[A-Za-zА-Яа-яЁё]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, end);
  if (word.length === 0) return false;
  // An initial ("N. Bordyuzha", "И. о."), Latin or Cyrillic.
  if (word.length === 1 && ((word >= 'A' && word <= 'Z') || (word >= 'А' && word <= 'Я') || word === 'Ё')) return true;
  if (text[i] === '.' && word.length <= 2) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits text into sentences: at a stop followed by space, and at every line break (news
 * text puts headlines, datelines and captions on lines of their own without a stop).
 */
export function splitSentences(text: string, paragraphs?: number[], starts?: number[]): string[] {
  let para = 0;
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n') {
      const next = text[end];
      // A lower-case continuation ("Gov. of ...", "approx. five") is not a new sentence.
      if (next === undefined || (next >= 'a' && next <= 'z') || (next >= 'а' && next <= 'я') || next === 'ё') continue;
      if (m[0][0] === '.' && (m[0][1] === ' ' || m[0][1] === '\t') && isAbbreviation(text, m.index)) continue;
    }
    const raw = text.slice(start, m[0][0] === '\n' ? m.index : end);
    const s = raw.trim();
    if (s) {
      out.push(s);
      paragraphs?.push(para);
      starts?.push(start + raw.indexOf(s[0]!));
    }
    if (m[0][0] === '\n') para++;
    start = end;
  }
  const rest = text.slice(start);
  const last = rest.trim();
  if (last) {
    out.push(last);
    paragraphs?.push(para);
    starts?.push(start + rest.indexOf(last[0]!));
  }
  return out;
}
