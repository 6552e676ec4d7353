import type { ApiState } from '../state.js';
import { LIMITS } from '../body.js';
import { draftOf, spanOf, toCoderArticle } from '../drafts.js';
import { Extraction, Ingestion } from '../responses.js';
import { route, type RouteInput } from '../route.js';
import { ArticleBody } from '../schemas.js';

async function code(state: ApiState, input: RouteInput<never, typeof ArticleBody>) {
  const article = toCoderArticle(await input.body());
  const coded = state.extract(article);
  return { article, events: coded.map((e) => ({ coded: e, draft: draftOf(e, article), span: spanOf(article.text, e.evidence) })) };
}

/** POST /api/extract (article in, events out) and /api/ingest (and store them); both need the token. */
export const coderRoutes = [
  route({
    operationId: 'extract',
    method: 'post',
    path: '/extract',
    summary: `A dated article in, coded events out (body at most ${LIMITS.article} bytes)`,
    auth: 'token',
    body: { schema: ArticleBody, maxBytes: LIMITS.article },
    response: Extraction,
    errors: [400, 401, 413, 415],
    handle: async (_c, { state }, input) => {
      const { article, events } = await code(state, input);
      return { article: { id: article.id, date: article.date }, events };
    },
  }),
  route({
    operationId: 'ingest',
    method: 'post',
    path: '/ingest',
    summary: 'Code an article and store its events',
    auth: 'token',
    body: { schema: ArticleBody, maxBytes: LIMITS.article },
    status: 201,
    response: Ingestion,
    errors: [400, 401, 413, 415, 503],
    handle: async (_c, { state }, input) => {
      const { article, events } = await code(state, input);
      // The same path as `bloc ingest`: one transaction per article, twins merged, undated events reported.
      const result = state.store.ingestArticle(
        article,
        events.map((e) => e.coded),
      );
      state.wrote();
      return {
        article: { id: article.id, date: article.date },
        inserted: result.inserted,
        merged: result.merged,
        undated: result.undated,
        already: result.already,
      };
    },
  }),
];
