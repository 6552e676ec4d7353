import { createHash } from 'node:crypto';
import type { ChronicleEvent, CodedEvent, ImportEvent } from '../domain/index.js';
import { describeEvent } from '../domain/index.js';

/** The article an ingested event came from. */
export interface IngestArticle {
  readonly id: string;
  readonly date: string;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly text: string;
}

export interface IngestResult {
  readonly article: string;
  /** True when the same article (same id and text) was ingested before: nothing was written. */
  readonly already: boolean;
  readonly inserted: readonly string[];
  readonly merged: readonly string[];
  /** Events the text gave no date for: they cannot be placed in the chronicle. */
  readonly undated: number;
}

/** A fingerprint of an article's text, so a re-run after a crash skips what is already stored. */
export function articleHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Turns a coded event into a chronicle record sourced to its article. */
export function chronicleRecord(a: IngestArticle, e: CodedEvent & { date: string }): ImportEvent {
  const { article_id: _a, ...rest } = e;
  const record = {
    ...rest,
    source: a.url ?? `article:${a.id}`,
    summary: describeEvent(e),
    reported: a.date,
    article_id: a.id,
  };
  return record as unknown as ImportEvent;
}

/** Narrows coded events to those with a date. */
export function isDated(e: CodedEvent): e is CodedEvent & { date: string } {
  return e.date !== null;
}

export type { ChronicleEvent };
