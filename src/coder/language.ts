import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Alliance } from '../domain/index.js';
import { analyserFor } from './analysers/index.js';
import type { CueContext, DateCue } from './date-cues.js';
import { Lexicon as WordClasses, RulesFile, TokenEngine, WordClassesFile } from './engine/index.js';
import { CoderDataError, loadDataFile, loadGazetteer, type Gazetteer } from './gazetteer.js';
import { expandPatternFile } from './lemma-templates.js';
import { compilePatterns, loadPatterns, PatternFile, type Patterns } from './patterns.js';
import { findRussianDateCues } from './russian-date-cues.js';
import { loadRussianGazetteer } from './russian-gazetteer.js';
import { russianMorphology } from './russian-morphology.js';

const WordClass = z.object({ pattern: z.string().min(1), case_sensitive: z.boolean().default(false), why: z.string() });

/** Named word classes the coder's code consults (`lang/<code>/lexicon.json`). */
export const LexiconFile = z.object({
  $comment: z.string().optional(),
  alliance_named: WordClass,
  alliance_in_sentence: WordClass,
  against_hegemon: WordClass,
  with_hegemon: WordClass,
  /** Word classes of the token engine (lemmas and lemma sequences), by name. */
  classes: WordClassesFile.default({}),
});
export type LexiconFile = z.infer<typeof LexiconFile>;

/** The lexicon's classes compiled once. */
export type Lexicon = Readonly<Record<Exclude<keyof LexiconFile, '$comment' | 'classes'>, RegExp>>;

/** Settings of the coder that hold for every language of a pack (`coder.json`). */
export const CoderSettings = z.object({
  $comment: z.string().optional(),
  /** States never coded as an outside partner of a member, each with the reason. */
  not_partners: z.array(z.object({ code: z.string(), why: z.string() })).default([]),
});
export type CoderSettings = z.infer<typeof CoderSettings>;

/** Loads the pack's coder.json. */
export function loadCoderSettings(alliance: Alliance): CoderSettings {
  return loadDataFile('coder.json', CoderSettings, join(alliance.pack.dir, '/'));
}

/** Everything the coder reads for one language: surface forms, patterns and word classes. */
export interface Language {
  readonly code: string;
  readonly gazetteer: Gazetteer;
  readonly patterns: Patterns;
  readonly lexicon: Lexicon;
  /** The pack's leaders as this language spells them (English name → forms), when it spells them differently. */
  readonly leaderForms?: ReadonlyMap<string, readonly string[]>;
  /** This language's date phrases (default: English). */
  readonly dateCues?: (sentence: string, ctx: CueContext) => DateCue[];
  /** The token engine with the folder's word classes and rules.json, when both it and an analyser for the language exist. */
  readonly engine: TokenEngine | undefined;
}

/** The folder of a language's resources inside the alliance's pack. */
export function languageDir(alliance: Alliance, code: string): string {
  return join(alliance.pack.dir, 'lang', code, '/');
}

/** Compiles a validated lexicon file. */
export function compileLexicon(file: LexiconFile): Lexicon {
  // A class in a script \b does not know (Cyrillic) is written with Unicode word edges, so it needs the u flag.
  const re = (c: z.infer<typeof WordClass>): RegExp =>
    new RegExp(c.pattern, (c.case_sensitive ? '' : 'i') + (/\\p\{/.test(c.pattern) ? 'u' : ''));
  return {
    alliance_named: re(file.alliance_named),
    alliance_in_sentence: re(file.alliance_in_sentence),
    against_hegemon: re(file.against_hegemon),
    with_hegemon: re(file.with_hegemon),
  };
}

/** Loads one language's folder from the alliance's pack; a bad file throws CoderDataError naming it. */
export function loadLanguage(alliance: Alliance, code: string): Language {
  const dir = languageDir(alliance, code);
  if (code === 'ru') return loadRussian(dir);
  const lexicon = loadDataFile('lexicon.json', LexiconFile, dir);
  return {
    code,
    gazetteer: loadGazetteer(dir),
    patterns: loadPatterns(dir),
    lexicon: compileLexicon(lexicon),
    engine: loadEngine(dir, code, lexicon),
  };
}

// Russian names and words are declined and conjugated: the folder lists dictionary forms, and the
// morphology library (loaded here, so only when a Russian article is seen) supplies the rest.
function loadRussian(dir: string): Language {
  const morph = russianMorphology();
  const lexiconFile = loadDataFile('lexicon.json', LexiconFile, dir);
  const { gazetteer, leaderForms } = loadRussianGazetteer(dir, morph);
  const raw = loadDataFile('patterns.json', PatternFile, dir);
  const formsOf = (lemma: string): Iterable<string> => morph.forms(lemma).keys();
  return {
    code: 'ru',
    gazetteer,
    patterns: compilePatterns(expandPatternFile(raw, formsOf, lexiconFile.classes ?? {})),
    lexicon: compileLexicon(lexiconFile),
    engine: loadEngine(dir, 'ru', lexiconFile),
    leaderForms,
    dateCues: findRussianDateCues,
  };
}

/** The token engine of a language folder: its lexicon's classes and rules.json, read by the language's analyser. */
export function loadEngine(dir: string, code: string, lexicon: LexiconFile): TokenEngine | undefined {
  const analyser = analyserFor(code);
  if (!analyser || !existsSync(`${dir}rules.json`)) return undefined;
  const rules = loadDataFile('rules.json', RulesFile, dir);
  try {
    return new TokenEngine(rules, new WordClasses(lexicon.classes, analyser), analyser);
  } catch (err) {
    throw new CoderDataError(`${dir}rules.json`, [(err as Error).message]);
  }
}
