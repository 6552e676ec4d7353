import { z } from 'zod';
import { IsoDay } from './dates.js';
import { SourceUrl } from './event.js';

/**
 * A dated news article (spec: "Interchange formats"): the one shape the coder reads, the store keeps
 * as provenance and the API takes (with its own size limits, see `ArticleBody`). Other fields on a
 * JSON line are ignored.
 */
export const Article = z.object({
  id: z.string().min(1, 'empty id'),
  date: IsoDay,
  title: z.string().optional(),
  // Checked as the API checks it: a javascript: or data: address must never become a source.
  url: SourceUrl.optional(),
  text: z.string(),
});
export type Article = z.infer<typeof Article>;
