export type { ActorRef, Analyser, MentionSpan, Token } from './token.js';
export { Lexicon, WordClassSpec, WordClassesFile } from './lexicon.js';
export { TokenSpec, TokenRule, PhraseRule, RulesFile, RoleRef } from './pattern.js';
export { compileSpec, matchAll, matchAt, type CompiledSpec, type PatternMatch } from './matcher.js';
export { TokenEngine, ENGINE_CLASSES, type CompiledTokenRule, type EventMatch } from './engine.js';
export { WordIndex, eachWord, type WordSet } from './word-index.js';
