import { ReviewList } from '../responses.js';
import { route } from '../route.js';

/** GET /api/reviews: the recorded accept decisions (the proposals routes take decisions). */
export const reviewRoutes = [
  route({
    operationId: 'listReviews',
    method: 'get',
    path: '/reviews',
    summary: 'The latest accept decisions as recorded with each event',
    response: ReviewList,
    errors: [],
    handle: (_c, { state }) => ({ reviews: state.store.reviews(200) }),
  }),
];
