import { z } from 'zod';
import { IsoDay } from './dates.js';

/**
 * How an event entered the chronicle: `curated` (the data pack), `imported` (a file given to
 * `bloc import`), `reviewed` (accepted by a person from the coder's drafts), `auto` (stored by
 * the coder without review). An event keeps its origin through export and import.
 */
export const ORIGIN_KINDS = ['curated', 'imported', 'reviewed', 'auto'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

/** An instant as ISO 8601 UTC (what `Date.toISOString()` writes). */
export const IsoInstant = z.iso.datetime({ offset: false });

/** The origin of one event, with who decided and when, where there is one. */
export const EventOrigin = z.strictObject({
  kind: z.enum(ORIGIN_KINDS),
  reviewer: z.string().min(1).optional(),
  at: IsoInstant.optional(),
});
export type EventOrigin = z.infer<typeof EventOrigin>;

/** One article an event was coded from, as exports carry it so that a restore keeps the link. */
export const ProvenanceEntry = z.strictObject({
  article_id: z.string().min(1),
  date: IsoDay,
  title: z.string().nullable(),
  url: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
  ingested_at: IsoInstant,
  evidence: z.string(),
  confidence: z.number().min(0).max(1),
});
export type ProvenanceEntry = z.infer<typeof ProvenanceEntry>;
