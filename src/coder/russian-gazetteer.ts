import { z } from 'zod';
import { ActorCode, IsoDay, StateCode } from '../domain/index.js';
import { loadDataFile, type Gazetteer } from './gazetteer.js';
import type { RussianMorphology } from './russian-morphology.js';
import { adjectiveForms, nameForms, onlyInstrumental, personCases, personForms, withYo } from './russian-names.js';

const PersonName = z.object({ ru: z.string().min(1), gender: z.enum(['m', 'f']), fixed: z.boolean().optional() });

/** `lang/ru/gazetteer.json`: names in the nominative, declined at load time (see its $comment). */
export const RussianGazetteerFile = z.object({
  $comment: z.string().optional(),
  prepositions: z.record(z.string(), z.string()),
  states: z.array(
    z.object({
      code: StateCode,
      names: z.array(z.string().min(1)),
      demonyms: z.array(z.string().min(1)).default([]),
      capitals: z.array(z.string().min(1)).default([]),
      institutions: z.array(z.string().min(1)).default([]),
    }),
  ),
  organisations: z.array(z.object({ code: ActorCode, names: z.array(z.string().min(1)) })),
  blocTerms: z.object({ $comment: z.string().optional(), code: ActorCode, terms: z.array(z.string().min(1)) }),
  /** Russian spellings of the pack's leaders, keyed by the English name in leaders.jsonl. */
  leaders: z.array(PersonName.extend({ name: z.string().min(1) })).default([]),
  people: z.array(PersonName.extend({ code: ActorCode, born: IsoDay.optional() })).default([]),
  suppliers: z.array(z.object({ code: ActorCode, names: z.array(z.string().min(1)) })).default([]),
  places: z.array(z.object({ name: z.string().min(1), country: StateCode })).default([]),
});
export type RussianGazetteerFile = z.infer<typeof RussianGazetteerFile>;

/** The declined gazetteer, and the Russian forms of each pack leader's name. */
export interface RussianGazetteer {
  readonly gazetteer: Gazetteer;
  /** English leader name (as in leaders.jsonl) → its Russian forms, nominative full name first. */
  readonly leaderForms: ReadonlyMap<string, readonly string[]>;
}

/** Declines every name of the Russian gazetteer with the morphology library. */
export function expandRussianGazetteer(file: RussianGazetteerFile, morph: RussianMorphology): RussianGazetteer {
  const instrumental = new Set<string>();
  const names = (list: readonly string[]): string[] => [
    ...new Set(
      list.flatMap((n) => {
        if (!/^[\p{Lu}\d-]+$/u.test(n)) for (const f of onlyInstrumental(morph.declinePhrase(n))) instrumental.add(f);
        return nameForms(morph, n);
      }),
    ),
  ];
  const person = (p: Parameters<typeof personForms>[0]): string[] => {
    const { full, surname } = personCases(p);
    for (const f of [...onlyInstrumental(full), ...onlyInstrumental(surname)]) instrumental.add(f);
    return withYo(personForms(p));
  };
  const gazetteer: Gazetteer = {
    prepositions: file.prepositions,
    states: file.states.map((s) => ({
      code: s.code,
      names: names(s.names),
      demonyms: [...new Set(s.demonyms.flatMap((d) => adjectiveForms(morph, d)))],
      capitals: names(s.capitals),
      institutions: names(s.institutions),
    })),
    organisations: file.organisations.map((o) => ({ code: o.code, names: names(o.names) })),
    blocTerms: { code: file.blocTerms.code, terms: names(file.blocTerms.terms) },
    people: file.people.map((p) => {
      const forms = person(p);
      return { name: forms[0]!, aliases: forms.slice(1), code: p.code, ...(p.born ? { born: p.born } : {}) };
    }),
    suppliers: file.suppliers,
    places: file.places.map((p) => {
      const forms = names([p.name]);
      return { name: p.name, aliases: forms.filter((f) => f !== p.name), country: p.country };
    }),
  };
  const leaderForms = new Map<string, string[]>();
  for (const l of file.leaders) leaderForms.set(l.name, person(l));
  return { gazetteer: { ...gazetteer, instrumental: [...instrumental] }, leaderForms };
}

/** Loads and declines a Russian language folder's gazetteer.json. */
export function loadRussianGazetteer(dir: string, morph: RussianMorphology): RussianGazetteer {
  return expandRussianGazetteer(loadDataFile('gazetteer.json', RussianGazetteerFile, dir), morph);
}
