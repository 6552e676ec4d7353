/**
 * A word-start index of the literal stems every rule's trigger begins with, derived from the
 * patterns themselves. One pass over a sentence names the few rules that can match there, so the
 * full trigger regexes run only where a trigger actually starts, and a new rule is indexed without
 * anyone keeping a separate list of stems.
 */

const MAX_STEMS = 256;
const MIN_STEM = 2;

// The literal strings a regex source can begin with, or undefined when it may begin with anything
// (a class, \w, a lookaround...). Alternations and non-capturing groups are expanded; the literal
// stops at the first escape, class, quantifier or optional part, which keeps every stem a true prefix.
export function leadingLiterals(src: string): string[] | undefined {
  const alts = splitTop(stripBoundary(src));
  const out: string[] = [];
  for (const alt of alts) {
    const lits = prefixes(stripBoundary(alt));
    if (lits.some((l) => l.length < MIN_STEM)) return undefined;
    // A trailing space stays: "open " needs the whitespace the trigger does, so "opening" is no hit.
    const stems = lits.map((l) => l.replace(/ +/g, ' ').toLowerCase());
    // The index keys a stem by its first two characters, which must not include whitespace.
    if (stems.some((l) => l[1] === ' ')) return undefined;
    out.push(...stems);
    if (out.length > MAX_STEMS) return undefined;
  }
  return out;
}

/**
 * Whether every match of the regex starts at a word start (each top-level alternative begins with
 * \b): then a match starts exactly where one of its stems is found, and can be tried right there.
 */
export function startsAtWordStart(src: string): boolean {
  return splitTop(src).every((alt) => alt.startsWith('\\b') || alt.startsWith(CYRILLIC_WORD_START));
}

/** The word start Cyrillic triggers begin with: exactly the edge the index scans Cyrillic stems at. */
export const CYRILLIC_WORD_START = '(?<![0-9A-Za-z\\u00c0-\\u024f\\u0400-\\u04ff])';

// A leading \b or lookbehind ("(?<=its\s+)requests") constrains what is before the match, not its first word.
function stripBoundary(s: string): string {
  let t = s;
  for (;;) {
    if (t.startsWith('\\b')) t = t.slice(2);
    else if (t.startsWith('(?<=') || t.startsWith('(?<!')) {
      const close = matchingParen(t, 0);
      if (close < 0) return t;
      t = t.slice(close + 1);
    } else return t;
  }
}

// Splits on | at depth 0, unwrapping a single outer (?:...) group first.
function splitTop(s: string): string[] {
  const inner = outerGroup(s);
  const body = inner ?? s;
  const parts: string[] = [];
  let depth = 0,
    start = 0,
    inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

// "(?:...)" spanning the whole string (optionally followed by \b): its body, else undefined.
function outerGroup(s: string): string | undefined {
  if (!s.startsWith('(?:')) return undefined;
  const close = matchingParen(s, 0);
  if (close < 0) return undefined;
  const rest = s.slice(close + 1);
  return rest === '' || rest === '\\b' ? s.slice(3, close) : undefined;
}

function matchingParen(s: string, open: number): number {
  let depth = 0,
    inClass = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const QUANT = /^[?*+{]/;

// Literal prefixes of one alternative ("" where it starts with a class or \w); the top level
// then refuses any shorter than MIN_STEM.
function prefixes(alt: string): string[] {
  let acc = [''];
  let i = 0;
  while (i < alt.length) {
    const c = alt[i]!;
    if (c === '(' && alt.startsWith('(?:', i)) {
      const close = matchingParen(alt, i);
      if (close < 0) break;
      const alts = splitTop(alt.slice(i, close + 1));
      // "(?:its\s+|the\s+)?": an optional group of plain words is expanded with and without it.
      if (alt[close + 1] === '?' && alts.every(isWholeLiteral)) {
        const next: string[] = [];
        for (const a of acc) for (const g of [...alts.flatMap((x) => prefixes(x)), '']) next.push(a + g);
        if (next.length > MAX_STEMS) break;
        acc = next;
        i = close + 2;
        continue;
      }
      if (QUANT.test(alt.slice(close + 1))) break;
      const next: string[] = [];
      for (const a of acc) for (const inner of alts) for (const g of prefixes(stripBoundary(inner))) next.push(a + g);
      if (next.length > MAX_STEMS) break;
      acc = next;
      // A group whose alternatives are not all plain words ends the literal there.
      if (!alts.every(isWholeLiteral)) return acc;
      i = close + 1;
      continue;
    }
    if (c === '\\' && alt[i + 1] === 'b') {
      i += 2;
      continue;
    }
    // Whitespace between words ("will\s+withdraw") is kept as one space, matched loosely by the scanner.
    if (c === '\\' && alt[i + 1] === 's' && !/^[?*{]/.test(alt.slice(i + 2))) {
      acc = acc.map((a) => a + ' ');
      i += alt[i + 2] === '+' ? 3 : 2;
      continue;
    }
    if (/[\\[(.^$|)?*+{]/.test(c) && !(c === '\\' && /^[\\'’.\-]/.test(alt[i + 1] ?? ''))) break;
    const ch = c === '\\' ? alt[i + 1]! : c;
    const width = c === '\\' ? 2 : 1;
    if (QUANT.test(alt.slice(i + width))) break;
    acc = acc.map((a) => a + ch);
    i += width;
  }
  return acc;
}

function isWholeLiteral(s: string): boolean {
  return !/[\\[(.^$|?*+{]/.test(s.replace(/\\b|\\s\+?/g, '').replace(/\\[\\'’.\-]/g, ''));
}

const LETTER = /[\p{L}\p{N}]/u;
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && LETTER.test(String.fromCharCode(c)));
// Exactly what \s matches in a JS regex, so a stem's space accepts whatever the trigger's \s does.
const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 160 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

// Whether `stem` (lower case; a space stands for any run of whitespace) starts at `at`.
function startsAt(text: string, at: number, stem: string): boolean {
  let i = at;
  for (let k = 0; k < stem.length; k++) {
    const want = stem.charCodeAt(k);
    if (want === 32) {
      if (!isSpace(text.charCodeAt(i))) return false;
      while (isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    if (lower(text.charCodeAt(i++)) !== want) return false;
  }
  return true;
}

// Cyrillic capitals (А-Я, Ё) have fixed lower-case partners; other letters ask the runtime.
const lower = (c: number): number =>
  c >= 65 && c <= 90
    ? c + 32
    : c <= 127
      ? c
      : c >= 0x410 && c <= 0x42f
        ? c + 32
        : c === 0x401
          ? 0x451
          : c >= 0x430 && c <= 0x451
            ? c
            : String.fromCharCode(c).toLowerCase().charCodeAt(0);
// Two lower-cased characters as one number, so the scan allocates no strings.
const headKey = (a: number, b: number): number => a * 65536 + b;

// One regex alternation of the stems, factored by shared prefixes so the engine branches on a
// character instead of trying hundreds of alternatives at every word; a space is any whitespace.
function trieSource(stems: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const stem of stems) {
    let n = root;
    for (const c of stem) {
      let k = n.next.get(c);
      if (!k) n.next.set(c, (k = { end: false, next: new Map() }));
      n = k;
    }
    n.end = true;
  }
  const esc = (c: string): string => (c === ' ' ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  // A stem that ends here already makes the lookahead succeed: longer ones add nothing.
  const emit = (n: Node): string => {
    if (n.end) return '';
    const parts = [...n.next].map(([c, k]) => esc(c) + emit(k));
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return stems.length ? emit(root) : '';
}

/** Where stems start in a text: ascending offsets, and the ids of the rules each stem belongs to. */
export interface StemHits {
  readonly at: number[];
  readonly ids: (readonly number[])[];
}

/** Rules keyed by the stems their triggers start with; rules that cannot be indexed always run. */
export class TriggerIndex<R> {
  private readonly byHead = new Map<number, { stem: string; rules: number[] }[]>();
  private readonly always: number[] = [];
  private readonly rules: readonly R[];
  private readonly seen: Uint32Array;
  private generation = 0;
  private readonly scan: RegExp;

  constructor(rules: readonly R[], source: (r: R) => string) {
    this.rules = rules;
    this.seen = new Uint32Array(rules.length);
    rules.forEach((r, id) => {
      const stems = leadingLiterals(source(r));
      if (!stems) {
        this.always.push(id);
        return;
      }
      for (const stem of new Set(stems)) {
        const key = headKey(stem.charCodeAt(0), stem.charCodeAt(1));
        const list = this.byHead.get(key) ?? [];
        const hit = list.find((x) => x.stem === stem);
        if (hit) hit.rules.push(id);
        else list.push({ stem, rules: [id] });
        this.byHead.set(key, list);
      }
    });
    // The scan stops only where a whole stem starts, so common first words ("to", "held") that
    // begin no stem there cost no trip into JS. Each search resumes one character after the last
    // hit, so a stem inside another ("not take part" in "will not take part") is still found (a
    // lookahead would do the same, but runs twice as slowly in V8).
    const stems = [...this.byHead.values()].flat().map((x) => x.stem);
    const trie = trieSource(stems) || '(?!)';
    // \b knows only ASCII letters: Cyrillic stems need a word start that counts Latin and Cyrillic letters.
    this.scan = !stems.some((x) => /^[\u0400-\u04ff]/.test(x))
      ? new RegExp(`\\b(?:${trie})`, 'g')
      : new RegExp(`${CYRILLIC_WORD_START}(?:${trie})`, 'g');
  }

  /** The rule a hit's id names. */
  rule(id: number): R {
    return this.rules[id]!;
  }

  /** Whether every rule is indexed, so a text with no stem in it can yield no rule at all. */
  get complete(): boolean {
    return this.always.length === 0;
  }

  /**
   * Where stems start in a lower-cased text, from one pass of a regex of their first words (native
   * regex code is far faster than a scan in JS): ascending offsets, each with its rules' ids.
   */
  hits(lowered: string): StemHits {
    const at: number[] = [];
    const ids: (readonly number[])[] = [];
    const scan = this.scan;
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(lowered)) !== null) {
      const p = m.index;
      scan.lastIndex = p + 1;
      const list = this.byHead.get(headKey(lowered.charCodeAt(p), lowered.charCodeAt(p + 1)));
      if (list)
        for (const { stem, rules } of list)
          if (startsAt(lowered, p, stem)) {
            at.push(p);
            ids.push(rules);
          }
    }
    return { at, ids };
  }

  /** The rules named by some of `hits` (`from` to `to`), plus the unindexed ones, in their original order. */
  rulesOf(hits: StemHits, from = 0, to = hits.at.length): R[] {
    if (from >= to && this.always.length === 0) return [];
    const gen = ++this.generation;
    for (let h = from; h < to; h++) for (const id of hits.ids[h]!) this.seen[id] = gen;
    for (const id of this.always) this.seen[id] = gen;
    const out: R[] = [];
    for (let id = 0; id < this.rules.length; id++) if (this.seen[id] === gen) out.push(this.rules[id]!);
    return out;
  }

  /** The candidate rules of each sentence, given the sentences' offsets in the text the hits came from. */
  bySentence(hits: StemHits, starts: readonly number[]): R[][] {
    const out: R[][] = [];
    let h = 0;
    for (let si = 0; si < starts.length; si++) {
      const from = h;
      // A hit belongs to the last sentence starting at or before it.
      while (h < hits.at.length && (si + 1 >= starts.length || hits.at[h]! < starts[si + 1]!)) h++;
      out.push(this.rulesOf(hits, from, h));
    }
    return out;
  }

  /** The candidate rules of every sentence of an article; `starts` are the sentences' offsets in `text`. */
  perSentence(text: string, sentences: readonly string[], starts: readonly number[]): R[][] {
    const lowered = text.toLowerCase();
    // Lower-casing changed the length (a rare letter like "İ"): offsets no longer line up.
    if (lowered.length !== text.length || starts.length !== sentences.length) return sentences.map((x) => this.candidates(x));
    return this.bySentence(this.hits(lowered), starts);
  }

  /** The rules whose trigger may start somewhere in the sentence, in their original order. */
  candidates(sentence: string): R[] {
    const gen = ++this.generation;
    let any = false;
    const n = sentence.length - 1;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = sentence.charCodeAt(i);
      const word = isWordChar(c);
      if (!word || prevWord) {
        prevWord = word;
        continue;
      }
      prevWord = true;
      const list = this.byHead.get(headKey(lower(c), lower(sentence.charCodeAt(i + 1))));
      if (list === undefined) continue;
      for (const { stem, rules } of list) {
        if (stem.length > 2 && !startsAt(sentence, i, stem)) continue;
        for (const id of rules) this.seen[id] = gen;
        any = true;
      }
    }
    for (const id of this.always) this.seen[id] = gen;
    if (!any && this.always.length === 0) return [];
    const out: R[] = [];
    for (let id = 0; id < this.rules.length; id++) if (this.seen[id] === gen) out.push(this.rules[id]!);
    return out;
  }
}
