import { Hono, type Context } from 'hono';
import { requireToken } from '../auth.js';
import { limitBody, LIMITS, readJson } from '../body.js';
import { draftOf, spanOf, toCoderArticle } from '../drafts.js';
import { ArticleBody, IngestBody } from '../schemas.js';
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

  // The same path as `bloc ingest`: the events wait for review as proposals, unless `accept` is true
  // (dated events go in, origin auto). One transaction per article; the same article again writes nothing.
  app.post('/ingest', auth, limitBody(LIMITS.article), async (c) => {
    const body = await readJson(c, IngestBody);
    const { accept, ...rest } = body;
    const article = toCoderArticle(rest);
    const result = state.store.proposals.propose(article, state.extract(article), {
      now: state.now().toISOString(),
      accept: accept ? 'all' : undefined,
    });
    state.wrote();
    const { article: _id, ...outcome } = result;
    return c.json({ article: { id: article.id, date: article.date }, ...outcome }, 201);
  });
  return app;
}
