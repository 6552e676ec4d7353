import { Coder } from '../../coder/index.js';
import type { CodedEvent } from '../../domain/index.js';
import type { AdapterContext } from './context.js';

/** A dated article as the coder takes it. */
export interface CoderArticle {
  readonly id: string;
  readonly date: string;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly text: string;
}

/** What the API needs of src/coder: one article in, coded events out. */
export interface CoderAdapter {
  extract(ctx: AdapterContext, article: CoderArticle): readonly CodedEvent[];
}

/** The live adapter; the coder (gazetteer, patterns, the store's leaders) is built once per store state. */
export const coderAdapter: CoderAdapter | undefined = {
  extract(ctx, a) {
    const coder = ctx.memo('coder', () => new Coder({ leaders: ctx.store.leaders() }));
    const article = {
      id: a.id,
      date: a.date,
      text: a.text,
      ...(a.title !== undefined ? { title: a.title } : {}),
      ...(a.url !== undefined ? { url: a.url } : {}),
    };
    return coder.code(article);
  },
};
