import type { Analyser } from '../engine/index.js';
import { englishAnalyser } from './english.js';

const ANALYSERS: Readonly<Record<string, Analyser>> = { en: englishAnalyser };

/** The analyser (tokenizer, forms, NLP) of a language code, or undefined when bloc has none. */
export function analyserFor(language: string): Analyser | undefined {
  return ANALYSERS[language];
}
