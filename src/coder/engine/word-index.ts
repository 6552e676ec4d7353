/** A set of words to look for: single words by their forms, and entries of several words by a search. */
export interface WordSet {
  readonly forms: readonly string[];
  readonly phrases: readonly { readonly first: readonly string[]; readonly source: string }[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const SPLIT = /['’-]/;
const joined = (w: string): boolean => w.includes('-') || w.includes("'") || w.includes('’');

/** Calls `visit` with each lower-case word of a text and where it starts (a hyphenated or apostrophised word also gives its parts). */
export function eachWord(lower: string, visit: (word: string, at: number) => boolean | void): boolean {
  WORD.lastIndex = 0;
  for (let m; (m = WORD.exec(lower)) !== null;) {
    if (visit(m[0], m.index)) return true;
    if (joined(m[0])) for (const part of m[0].split(SPLIT)) if (visit(part, m.index)) return true;
  }
  return false;
}

/**
 * Which of many word sets a sentence holds, found in one pass over its words with a map from each form
 * to the sets it belongs to (a big alternation regex would try every form at every position). Entries of
 * several words are confirmed by a search only when their first word is there.
 */
export class WordIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly phrases = new Map<string, { id: number; re: RegExp }[]>();
  private readonly keys = new Map<string, number>();
  private readonly sets: WordSet[] = [];
  private readonly searches: (RegExp | undefined)[] = [];
  private count = 0;
  private all: Scan | undefined;

  /** How many sets are registered (ids are 0 .. size - 1). */
  get size(): number {
    return this.count;
  }

  /** Registers a set under a key (the same key gives the same id) and returns its id. */
  add(key: string, set: WordSet): number {
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const id = this.count++;
    this.keys.set(key, id);
    this.sets.push(set);
    this.all = undefined;
    for (const f of set.forms) push(this.byWord, f, id);
    for (const p of set.phrases) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${p.source})(?![\\p{L}\\p{N}])`, 'u');
      for (const f of p.first) {
        const list = this.phrases.get(f) ?? [];
        list.push({ id, re });
        this.phrases.set(f, list);
      }
    }
    return id;
  }

  /**
   * The sets a lower-case text holds, as a mask indexed by id: one native search for every known word
   * (the regex engine skips the rest of the text by itself), so a long line costs little.
   */
  present(lower: string): Uint8Array {
    const out = new Uint8Array(this.count);
    const all = (this.all ??= scanOf([...this.byWord.keys(), ...this.phrases.keys()]));
    const hit = (w: string): void => {
      const ids = this.byWord.get(w);
      if (ids) for (const id of ids) out[id] = 1;
      const ps = this.phrases.get(w);
      if (ps) for (const p of ps) if (!out[p.id] && p.re.test(lower)) out[p.id] = 1;
    };
    for (const re of all.regexes) {
      re.lastIndex = 0;
      for (let m; (m = re.exec(lower)) !== null;) hit(m[0]);
    }
    for (const w of all.odd) if (lower.includes(w)) hit(w);
    return out;
  }

  /** Whether lower-case text (a line, say) holds a word of set `id`: one search, no splitting. */
  holds(id: number, lower: string): boolean {
    let re = this.searches[id];
    if (!re) {
      const set = this.sets[id]!;
      const alts = [trieSource(set.forms), ...set.phrases.map((p) => p.source)].filter((x) => x);
      this.searches[id] = re = wordSearch(alts.join('|') || '(?!)', [...set.forms, ...set.phrases.flatMap((p) => p.first)], '');
    }
    return re.test(lower);
  }

  /** Whether a word is one of set `id`'s single-word forms. */
  isForm(id: number, word: string): boolean {
    return this.byWord.get(word)?.includes(id) === true;
  }

  /** Whether a word (lower case) is a form, or the first word of an entry, of any set. */
  has(word: string): boolean {
    return this.byWord.has(word) || this.phrases.has(word);
  }

  /**
   * A search that finds, in lower-case text, every whole word of the sets (and every first word of
   * their entries of several words): the words as a prefix tree, so the regex engine branches on a
   * letter instead of trying each word in turn.
   */
  scanner(): RegExp {
    // Only plain words: a form such as "'s" or "communiqué" is found by `present` on the sentences this search lets through.
    const words = [...this.byWord.keys(), ...this.phrases.keys()].filter((w) => /^\w[\x20-\x7e]*$/.test(w) && /\w$/.test(w));
    return wordSearch(trieSource(words) || '(?!)', words, 'g');
  }
}

/** Searches for whole words, split so that plain ASCII words get the fast \b search. */
interface Scan {
  readonly regexes: readonly RegExp[];
  /** Words that start or end with a non-word character ("'s", ","): looked for as substrings. */
  readonly odd: readonly string[];
}

function scanOf(words: readonly string[]): Scan {
  const ascii = words.filter((w) => /^\w[\x20-\x7e]*$/.test(w) && /\w$/.test(w));
  const odd = words.filter((w) => !/^[\p{L}\p{N}]/u.test(w) || !/[\p{L}\p{N}]$/u.test(w));
  const other = words.filter((w) => !ascii.includes(w) && !odd.includes(w));
  const regexes = [ascii, other].filter((ws) => ws.length).map((ws) => wordSearch(trieSource(ws), ws, 'g'));
  return { regexes, odd };
}

// A search for whole words: ASCII words can use \b, which V8 runs several times faster than Unicode lookarounds.
function wordSearch(source: string, words: readonly string[], flags: string): RegExp {
  if (words.every((w) => /^\w[\x20-\x7e]*$/.test(w) && /\w$/.test(w))) return new RegExp(`\\b(?:${source})\\b`, flags);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, `${flags}u`);
}

// One alternation of the words, factored by shared prefixes (a word that ends where a longer one goes on is an empty alternative).
function trieSource(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const c of w) {
      let k = n.next.get(c);
      if (!k) n.next.set(c, (k = { end: false, next: new Map() }));
      n = k;
    }
    n.end = true;
  }
  const esc = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, (x) => (x === '-' || x === '/' ? `[${x}]` : `\\${x}`));
  const emit = (n: Node): string => {
    const parts = [...n.next].map(([c, k]) => esc(c) + emit(k));
    if (!parts.length) return '';
    if (n.end) parts.push('');
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return words.length ? emit(root) : '';
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
