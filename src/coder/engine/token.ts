/** What the engine knows of an actor named by a token (a name, a demonym, a merged actor phrase). */
export interface ActorRef {
  /** Actor codes: one, or several for a coordinated phrase ("Kyrgyz and Tajik border guards"). */
  readonly codes: readonly string[];
  /** state | org | person | demonym | capital | institution | bloc | supplier | phrase */
  readonly kind: string;
  /** True for a state (or a phrase of states), false for an organisation. */
  readonly state: boolean;
  /** Names the actor without it acting ("Russian-led", "ethnic Uzbeks", "Tajik striker"). */
  readonly modifier: boolean;
  /** Quoted as a source ("according to X"), not acting. */
  readonly speaker: boolean;
}

/**
 * One token of a sentence as the matcher sees it. The language adapter fills text, offsets, `lower`
 * and the lemmas its forms table allows; the analyser (NLP) then narrows `lemmas` and sets `pos`.
 * An actor mention of several words is merged into one token.
 */
export interface Token {
  readonly text: string;
  readonly lower: string;
  /** Character offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  /** Possible lemmas: from the forms table before analysis; the analyser's lemma after. */
  lemmas: readonly string[];
  /** Universal POS tag (UD), or undefined before analysis (then every POS test passes). */
  pos: string | undefined;
  /** Morphological features (UD style, e.g. { Case: 'Gen' }), when the analyser gives them. */
  feats: Readonly<Record<string, string>> | undefined;
  actor: ActorRef | undefined;
  /** Cache of the lexicon: word classes whose entries start here, with their lengths in tokens. */
  classes?: Map<string, number[]> | undefined;
}

/** A span of one sentence that names an actor, from the gazetteer. */
export interface MentionSpan {
  readonly start: number;
  readonly end: number;
  readonly actor: ActorRef;
}

/**
 * What each language supplies to the engine: tokens and the forms of lemmas (cheap, no NLP, used by
 * the screen), and the NLP analysis of the few sentences that pass it. Implementations live in
 * `src/coder/analysers/` (English: wink-nlp); everything else in the engine is language-neutral.
 */
export interface Analyser {
  readonly language: string;
  /** Surface tokens with offsets (no lemmas yet), cheap enough to run on every candidate sentence. */
  tokenize(sentence: string): { text: string; start: number; end: number }[];
  /** Inflected forms of a lemma (lower case), the lemma itself included; used to find a lemma's tokens without NLP. */
  forms(lemma: string): readonly string[];
  /** Lemma and UPOS (and features) of each token, aligned to `tokenize`'s tokens by offset. */
  analyse(sentence: string, tokens: readonly Token[]): void;
}
