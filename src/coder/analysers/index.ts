import type { Analyser } from '../engine/index.js';
import { englishAnalyser } from './english.js';
import { russianAnalyser } from './russian.js';

const ANALYSERS: Readonly<Record<string, Analyser>> = { en: englishAnalyser, ru: russianAnalyser };

/** The analyser (tokenizer, forms, NLP) of a language code, or undefined when bloc has none. */
export function analyserFor(language: string): Analyser | undefined {
  return ANALYSERS[language];
}
