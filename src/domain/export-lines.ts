import { z } from 'zod';
import { ImportEvent } from './event.js';
import { IsoInstant } from './origin.js';

/**
 * The first line of `bloc export`: what was exported and when. It has no `type` field, so no
 * reader mistakes it for an event; `bloc import` skips it. Records carry no export-time field.
 */
export const ExportHeader = z.object({
  bloc_export: z.object({ pack_version: z.string().nullable(), exported_at: IsoInstant }),
});
export type ExportHeader = z.infer<typeof ExportHeader>;

/** A merge the store made, as an export line: the absorbed record, where it went, and the sources it added. */
export const MergeLine = z.strictObject({
  bloc_merge: z.strictObject({
    into: z.string().min(1),
    reason: z.string().min(1),
    at: IsoInstant,
    record: ImportEvent,
    added_sources: z.array(z.string()),
    undone_at: IsoInstant.optional(),
    undone_as: z.string().min(1).optional(),
  }),
});
export type MergeLine = z.infer<typeof MergeLine>;

/** A reviewer's decision, as an export line. */
export const ReviewLine = z.strictObject({
  bloc_review: z.strictObject({
    event_id: z.string().min(1),
    decision: z.enum(['accepted', 'rejected']),
    reviewer: z.string().min(1),
    at: z.string().min(1),
    record: z.looseObject({}),
  }),
});
export type ReviewLine = z.infer<typeof ReviewLine>;
