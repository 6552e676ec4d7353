import type { CodedEvent } from '../domain/index.js';
import type { Article } from '../domain/index.js';
import { Coder, type CoderOptions } from './coder.js';
import { segmentByLanguage, UNDETERMINED } from './detect-language.js';
import { loadLanguage } from './language.js';

/** What reading one article found: its events, and the languages it was written in. */
export interface Reading {
  readonly events: CodedEvent[];
  /** Languages of the article that were coded. */
  readonly coded: readonly string[];
  /** Languages of the article that the pack has no resources for (so nothing of them was coded). */
  readonly uncoded: readonly string[];
}

/**
 * The coder a user meets: finds each article's language (per run of lines, for the rare article
 * that mixes scripts), codes each part with that language's coder, marks every record with the
 * language read, and says which parts it could not read. A language's resources (lexicon,
 * morphology) are loaded only when the first article in it arrives.
 */
export class NewsCoder {
  private readonly coders = new Map<string, Coder>();
  private readonly languages: ReadonlySet<string>;

  constructor(private readonly opts: Omit<CoderOptions, 'language'>) {
    this.languages = new Set(opts.alliance.languages);
  }

  /** The languages this coder reads: the pack's `languages`. */
  get readable(): readonly string[] {
    return [...this.languages];
  }

  private coderFor(code: string): Coder {
    let c = this.coders.get(code);
    if (!c) {
      c = new Coder({ ...this.opts, language: loadLanguage(this.opts.alliance, code) });
      this.coders.set(code, c);
    }
    return c;
  }

  /** Codes one article; records carry `language`. */
  code(article: Article): CodedEvent[] {
    return this.read(article).events;
  }

  /** Codes one article and tells which of its languages were read and which were not. */
  read(article: Article): Reading {
    const segments = segmentByLanguage(article.text);
    const coded: string[] = [];
    const uncoded: string[] = [];
    let events: CodedEvent[] = [];
    for (const seg of segments) {
      if (seg.language === UNDETERMINED) continue;
      if (!this.languages.has(seg.language)) {
        if (!uncoded.includes(seg.language)) uncoded.push(seg.language);
        continue;
      }
      if (!coded.includes(seg.language)) coded.push(seg.language);
      const part = segments.length === 1 ? article : { ...article, text: seg.text };
      const found = this.coderFor(seg.language).code(part);
      for (const e of found) events.push({ ...e, language: seg.language });
    }
    if (segments.length > 1) events = events.filter((e, i) => events.findIndex((x) => sameEvent(x, e)) === i);
    return { events, coded, uncoded };
  }
}

const sameEvent = (a: CodedEvent, b: CodedEvent): boolean =>
  a.type === b.type && a.actor === b.actor && a.target === b.target && a.date === b.date;
