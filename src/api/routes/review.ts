import type { ImportEvent } from '../../domain/index.js';
import { LIMITS } from '../body.js';
import { ReviewList, ReviewRecord } from '../responses.js';
import { route } from '../route.js';
import { ReviewBody } from '../schemas.js';

/** POST /api/review (token): accept or reject an extracted event; GET /api/reviews lists decisions. */
export const reviewRoutes = [
  route({
    operationId: 'review',
    method: 'post',
    path: '/review',
    summary: `Accept or reject an extracted event, recorded with who and when (body at most ${LIMITS.json} bytes)`,
    auth: 'token',
    body: { schema: ReviewBody, maxBytes: LIMITS.json },
    status: 201,
    response: ReviewRecord,
    errors: [400, 401, 413, 415, 503],
    handle: async (_c, { state }, input) => {
      const body = await input.body();
      state.checkActors('body', { 'event.actor': body.event.actor, 'event.target': body.event.target });
      const result = state.store.recordReview({
        decision: body.decision,
        reviewer: body.reviewer,
        event: body.event as ImportEvent,
        at: state.now().toISOString(),
      });
      state.wrote();
      return { ...result, reviewer: body.reviewer };
    },
  }),
  route({
    operationId: 'listReviews',
    method: 'get',
    path: '/reviews',
    summary: 'The latest review decisions',
    response: ReviewList,
    errors: [],
    handle: (_c, { state }) => ({ reviews: state.store.reviews(200) }),
  }),
];
