import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Alliance } from '../domain/index.js';
import { analyserFor } from './analysers/index.js';
import { Lexicon as WordClasses, RulesFile, TokenEngine, WordClassesFile } from './engine/index.js';
import { CoderDataError, loadDataFile, loadGazetteer, type Gazetteer } from './gazetteer.js';
import { loadPatterns, type Patterns } from './patterns.js';

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
  /** The token engine with the folder's word classes and rules.json, when both it and an analyser for the language exist. */
  readonly engine: TokenEngine | undefined;
}

/** The folder of a language's resources inside the alliance's pack. */
export function languageDir(alliance: Alliance, code: string): string {
  return join(alliance.pack.dir, 'lang', code, '/');
}

/** Compiles a validated lexicon file. */
export function compileLexicon(file: LexiconFile): Lexicon {
  const re = (c: z.infer<typeof WordClass>): RegExp => new RegExp(c.pattern, c.case_sensitive ? '' : 'i');
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
  const lexicon = loadDataFile('lexicon.json', LexiconFile, dir);
  return {
    code,
    gazetteer: loadGazetteer(dir),
    patterns: loadPatterns(dir),
    lexicon: compileLexicon(lexicon),
    engine: loadEngine(dir, code, lexicon),
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
