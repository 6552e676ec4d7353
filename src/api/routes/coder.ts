import { Hono, type Context } from 'hono';
import { requireToken } from '../auth.js';
import { limitBody, LIMITS, readJson } from '../body.js';
import { draftOf, spanOf, toCoderArticle } from '../drafts.js';
import { ArticleBody } from '../schemas.js';
import type { ApiState } from '../state.js';

/** POST /api/extract (article in, events out) and /api/ingest (and store them); both need the token. */
export function coderRoutes(state: ApiState, token: string): Hono {
  const app = new Hono();
  const auth = requireToken(token);

  const code = async (c: Context) => {
    const article = toCoderArticle(await readJson(c, ArticleBody));
    const coded = state.extract(article);
    return { article, events: coded.map((e) => ({ coded: e, draft: draftOf(e, article), span: spanOf(article.text, e.evidence) })) };
  };

  app.post('/extract', auth, limitBody(LIMITS.article), async (c) => {
    const { article, events } = await code(c);
    return c.json({ article: { id: article.id, date: article.date }, events });
  });

  app.post('/ingest', auth, limitBody(LIMITS.article), async (c) => {
    const { article, events } = await code(c);
    // The same path as `bloc ingest`: one transaction per article, twins merged, undated events reported.
    const result = state.store.ingestArticle(
      article,
      events.map((e) => e.coded),
    );
    state.wrote();
    return c.json(
      {
        article: { id: article.id, date: article.date },
        inserted: result.inserted,
        merged: result.merged,
        undated: result.undated,
        already: result.already,
      },
      201,
    );
  });
  return app;
}
