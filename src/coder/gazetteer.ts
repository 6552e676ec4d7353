import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ActorCode, BlocError, IsoDay, StateCode } from '../domain/index.js';

const StateEntry = z.object({
  code: StateCode,
  names: z.array(z.string().min(1)),
  demonyms: z.array(z.string().min(1)).default([]),
  capitals: z.array(z.string().min(1)).default([]),
  institutions: z.array(z.string().min(1)).default([]),
});

const Person = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  code: ActorCode,
  /** Birth date, for anchors like "on Putin's 70th birthday". */
  born: IsoDay.optional(),
});
export type Person = z.infer<typeof Person>;

const Place = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country: StateCode,
  admin1: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});
export type Place = z.infer<typeof Place>;

/** The gazetteer file (src/data/csto/lang/en/gazetteer.json): every surface form the coder knows. */
export const Gazetteer = z.object({
  states: z.array(StateEntry),
  organisations: z.array(z.object({ code: ActorCode, names: z.array(z.string().min(1)) })),
  blocTerms: z.object({ code: ActorCode, terms: z.array(z.string().min(1)) }),
  people: z.array(Person).default([]),
  /** Arms makers and weapon systems, mapped to the state that supplies them: only ever a supplier, never an actor. */
  suppliers: z.array(z.object({ code: ActorCode, names: z.array(z.string().min(1)) })).default([]),
  places: z.array(Place).default([]),
  /**
   * For languages whose prepositions the coder's English defaults do not know: each preposition
   * (one or more words) and the relation the roles read from it ("к" → "to", "со стороны" → "by").
   */
  prepositions: z.record(z.string(), z.string()).optional(),
  /** Forms that can only be instrumental ("Путиным", "Арменией"): with no preposition, an agent ("by"), never a subject. */
  instrumental: z.array(z.string()).optional(),
});
export type Gazetteer = z.infer<typeof Gazetteer>;

/** A data file that failed its schema, with every problem located. */
export class CoderDataError extends BlocError {
  constructor(file: string, problems: readonly string[]) {
    super(`${file}: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`, 422);
  }
}

/** Reads and validates a coder data file (JSON) against its schema. */
export function loadDataFile<T>(name: string, schema: z.ZodType<T>, dir: string): T {
  const file = `${dir}${name}`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CoderDataError(file, [(err as Error).message]);
  }
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new CoderDataError(
      file,
      r.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    );
  return r.data;
}

/** Loads a language folder's gazetteer.json. */
export function loadGazetteer(dir: string): Gazetteer {
  return loadDataFile('gazetteer.json', Gazetteer, dir);
}
