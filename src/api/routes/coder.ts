import type { ApiState } from '../state.js';
import { LIMITS } from '../body.js';
import { draftOf, spanOf, toCoderArticle } from '../drafts.js';
import { Extraction, Ingestion } from '../responses.js';
import { route } from '../route.js';
import { ArticleBody, IngestBody } from '../schemas.js';

const coded = (state: ApiState, body: ArticleBody) => {
  const article = toCoderArticle(body);
  return { article, events: state.extract(article) };
};

/** POST /api/extract (article in, events out) and /api/ingest (and propose them for review); both need the token. */
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
      const { article, events } = coded(state, await input.body());
      return {
        article: { id: article.id, date: article.date },
        events: events.map((e) => ({ coded: e, draft: draftOf(e, article), span: spanOf(article.text, e.evidence) })),
      };
    },
  }),
  route({
    operationId: 'ingest',
    method: 'post',
    path: '/ingest',
    summary: 'Code an article and propose its events for review (accept: true puts dated events straight in, origin auto)',
    auth: 'token',
    body: { schema: IngestBody, maxBytes: LIMITS.article },
    status: 201,
    response: Ingestion,
    errors: [400, 401, 413, 415, 503],
    handle: async (_c, { state }, input) => {
      const { accept, ...rest } = await input.body();
      const { article, events } = coded(state, rest);
      // The same path as `bloc ingest`: the events wait for review as proposals, unless `accept` is true
      // (dated events go in, origin auto). One transaction per article; the same article again writes nothing.
      const result = state.store.proposals.propose(article, events, { now: state.now().toISOString(), accept: accept ? 'all' : undefined });
      state.wrote();
      return { ...result, article: { id: article.id, date: article.date } };
    },
  }),
];
