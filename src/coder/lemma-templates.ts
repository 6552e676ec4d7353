import type { PatternFile } from './patterns.js';

/** Lemma → its inflected forms (lower-case), as the language's morphology gives them. */
export type FormsOf = (lemma: string) => Iterable<string>;

/** A named word class of a lexicon (the token engine's `classes`): dictionary forms the patterns refer to as `<@name>`. */
export interface WordClassLemmas {
  readonly entries: readonly string[];
}

// The same word edge the trigger index scans Cyrillic stems with, so a match starts only where a stem was found.
export const WORD_CHAR = '0-9A-Za-z\\u00c0-\\u024f\\u0400-\\u04ff';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

// Each lemma's forms as a shared prefix and its endings (split further where the prefix would be
// shorter than four letters). The trigger index keys a rule by those prefixes, and an empty lookahead
// stops it there: a class of forty verb forms stays a few rare stems, not hundreds.
const MIN_PREFIX = 4;

function commonPrefix(list: readonly string[]): string {
  let prefix = list[0]!;
  for (const f of list) while (!f.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function groupsOf(forms: readonly string[], depth = MIN_PREFIX): string[][] {
  const prefix = commonPrefix(forms);
  if (prefix.length >= MIN_PREFIX || forms.every((f) => f.length <= depth)) return [[...forms]];
  const by = new Map<string, string[]>();
  for (const f of forms) {
    const key = f.slice(0, depth);
    by.set(key, [...(by.get(key) ?? []), f]);
  }
  return [...by.values()].flatMap((g) => (g.length === forms.length ? [g] : groupsOf(g, depth + 1)));
}

function formsSource(byLemma: readonly (readonly string[])[]): string {
  const parts = new Set<string>();
  for (const forms of byLemma) {
    for (const list of groupsOf([...new Set(forms)])) {
      const prefix = commonPrefix(list);
      const ends = [...new Set(list.map((f) => f.slice(prefix.length)))].sort((a, b) => b.length - a.length);
      parts.add(ends.length === 1 ? escape(prefix + ends[0]) : `${escape(prefix)}(?=)(?:${ends.map(escape).join('|')})`);
    }
  }
  return `(?<![${WORD_CHAR}])(?:${[...parts].join('|')})(?![${WORD_CHAR}])`;
}

/**
 * Expands the lemma notation of a pattern into a regular expression over surface forms, so rules
 * are written once per word class and read by the same matcher as any other pattern:
 * - `<обратиться>` every form of a lemma; `<просьба|запрос>` of either; `<@request>` of every lemma in a class;
 * - ` ~N ` up to N words in between (no stop or semicolon), ` ~ ` the same with N = 3.
 */
export function expandTemplate(source: string, formsOf: FormsOf, classes: Readonly<Record<string, WordClassLemmas>>): string {
  return source
    .replace(/\s*~(\d*)\s*/g, (_m, n: string) => `\\s+(?:[^\\s.;!?]+\\s+){0,${n || '3'}}`)
    .replace(/<([^<>]+)>/g, (_m, inner: string) => {
      const lemmas = inner.split('|').flatMap((x) => {
        const name = x.trim();
        if (!name.startsWith('@')) return [name];
        const cls = classes[name.slice(1)];
        if (!cls) throw new Error(`unknown word class ${name}`);
        return [...cls.entries];
      });
      const byLemma = lemmas.map((l) => {
        // A phrase of several words: every form of its last word, the words before kept as written.
        const words = l.split(' ');
        const last = words.pop()!;
        const lead = words.length ? `${words.join(' ')} ` : '';
        // News copy mostly writes е for ё: both spellings match.
        const forms = [...formsOf(last), last.toLowerCase()];
        return [...forms, ...forms.filter((f) => f.includes('ё')).map((f) => f.replace(/ё/g, 'е'))].map((f) => lead + f);
      });
      return formsSource(byLemma).replace(/ /g, '\\s+');
    });
}

/** The patterns file with every lemma notation expanded; an unknown class is an error naming the rule. */
export function expandPatternFile(file: PatternFile, formsOf: FormsOf, classes: Readonly<Record<string, WordClassLemmas>>): PatternFile {
  const x = (s: string, where: string): string => {
    try {
      return expandTemplate(s, formsOf, classes);
    } catch (err) {
      throw new Error(`${where}: ${(err as Error).message}`);
    }
  };
  return {
    ...file,
    negation: x(file.negation, 'negation'),
    modality: x(file.modality, 'modality'),
    rules: file.rules.map((r) => ({
      ...r,
      trigger: x(r.trigger, `rule ${r.id}: trigger`),
      ...(r.context !== undefined ? { context: x(r.context, `rule ${r.id}: context`) } : {}),
      ...(r.unless !== undefined ? { unless: x(r.unless, `rule ${r.id}: unless`) } : {}),
    })),
  };
}
