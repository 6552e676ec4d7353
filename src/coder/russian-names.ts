import { createRequire } from 'node:module';
import { CASES, type RussianMorphology } from './russian-morphology.js';

// russian-nouns-js (npm, MIT) declines Russian nouns and surnames from the nominative and a gender.
// It ships no types: the two calls used are typed here.
interface NounsModule {
  Engine: new () => { decline(lemma: unknown, grammaticalCase: string): string[] };
  createLemma(o: { text: string; gender: string; animate?: boolean; surname?: boolean; name?: boolean; indeclinable?: boolean }): unknown;
  Gender: { MASCULINE: string; FEMININE: string };
  Case: Record<'NOMINATIVE' | 'GENITIVE' | 'DATIVE' | 'ACCUSATIVE' | 'INSTRUMENTAL' | 'PREPOSITIONAL', string>;
}

const require = createRequire(import.meta.url);
let nouns: { mod: NounsModule; engine: InstanceType<NounsModule['Engine']> } | undefined;

function library(): NonNullable<typeof nouns> {
  if (!nouns) {
    const mod = require('russian-nouns-js') as NounsModule;
    nouns = { mod, engine: new mod.Engine() };
  }
  return nouns;
}

/** A person as the Russian gazetteer lists them: the name as written in the nominative. */
export interface RussianPersonName {
  readonly ru: string;
  readonly gender: 'm' | 'f';
  /** Names that never decline (Лукашенко, Шойгу). */
  readonly fixed?: boolean | undefined;
}

/**
 * The six case forms of a person's name, nominative first: the given name and surname decline
 * together ("Никол Пашинян" → "Никола Пашиняна"), and the surname alone is listed as well, since
 * news names a leader by surname after the first mention.
 */
export function personForms(p: RussianPersonName): string[] {
  const { full, surname } = personCases(p);
  return [...new Set([...full, ...surname])];
}

/** The full name and the surname in the six cases, nominative first. */
export function personCases(p: RussianPersonName): { full: string[]; surname: string[] } {
  const { mod, engine } = library();
  const gender = p.gender === 'f' ? mod.Gender.FEMININE : mod.Gender.MASCULINE;
  const cases = [
    mod.Case.NOMINATIVE,
    mod.Case.GENITIVE,
    mod.Case.DATIVE,
    mod.Case.ACCUSATIVE,
    mod.Case.INSTRUMENTAL,
    mod.Case.PREPOSITIONAL,
  ];
  const parts = p.ru.split(' ');
  const surname = parts.pop()!;
  const decline = (word: string, o: { surname?: boolean; name?: boolean }): string[] => {
    if (p.fixed && o.surname) return cases.map(() => word);
    // A double name ("Касым-Жомарт") declines only in its last part.
    const hyphen = word.lastIndexOf('-');
    const stem = hyphen >= 0 ? word.slice(0, hyphen + 1) : '';
    const lemma = mod.createLemma({ text: word.slice(stem.length), gender, animate: true, ...o });
    return cases.map((c) => stem + (engine.decline(lemma, c)[0] ?? word.slice(stem.length)));
  };
  const last = decline(surname, { surname: true });
  const given = parts.map((w) => decline(w, { name: true }));
  const full = cases.map((_c, i) => [...given.map((g) => g[i]!), last[i]!].join(' '));
  return { full, surname: last };
}

/** The forms of a declined list (six cases, nominative first) that only the instrumental (index 4) has. */
export function onlyInstrumental(cases: readonly string[]): string[] {
  const ablt = cases[4];
  return ablt !== undefined && cases.filter((f) => f === ablt).length === 1 ? withYo([ablt]) : [];
}

/** Every case form of a name (several words allowed), plus its spelling with е for ё. */
export function nameForms(morph: RussianMorphology, name: string): string[] {
  // Abbreviations and names with digits do not decline.
  const forms = /^[\p{Lu}\d-]+$/u.test(name) ? [name] : morph.declinePhrase(name);
  // A word the analyser cannot inflect stays as written, never empty.
  return withYo([name, ...forms.filter((f) => f.trim().split(' ').length === name.split(' ').length && f.trim() !== '')]);
}

/** Every form of an adjective (all genders, numbers and cases), lower-case and capitalised. */
export function adjectiveForms(morph: RussianMorphology, adjective: string): string[] {
  const out = new Set<string>();
  for (const [form] of morph.forms(adjective)) {
    // The analyser lists short forms too ("бел" for белорусский); a short form never names a state.
    if (form.length < Math.min(4, adjective.length)) continue;
    out.add(form);
    out.add(form[0]!.toUpperCase() + form.slice(1));
  }
  return withYo([...out]);
}

/** Forms with ё also spelt with е, as most news copy writes them. */
export function withYo(forms: readonly string[]): string[] {
  const out = new Set(forms);
  for (const f of forms) if (/[ёЁ]/.test(f)) out.add(f.replace(/ё/g, 'е').replace(/Ё/g, 'Е'));
  return [...out];
}

export { CASES };
