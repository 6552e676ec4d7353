import { freshness } from '../../compose/index.js';
import { ApiError } from '../errors.js';
import { FeedList, FeedPoll } from '../responses.js';
import { route } from '../route.js';

/** GET /api/feeds: each followed feed's state and, under `bloc serve --watch`, the watcher's progress; a poll on demand. */
export const feedRoutes = [
  route({
    operationId: 'listFeeds',
    method: 'get',
    path: '/feeds',
    summary: "Each followed feed's state and, under bloc serve --watch, the watcher's progress",
    response: FeedList,
    errors: [],
    handle: (_c, { state }) => ({
      feeds: state.store.feeds.all(),
      watcher: state.watcher?.status() ?? null,
      freshness: freshness(state.workspace),
    }),
  }),
  route({
    operationId: 'pollFeeds',
    method: 'post',
    path: '/feeds/poll',
    summary: 'Poll every followed feed now (bloc serve --watch only); the answer comes when the pass is over',
    auth: 'token',
    status: 201,
    response: FeedPoll,
    errors: [401, 409],
    handle: async (_c, { state }) => {
      const w = state.watcher;
      if (!w) throw new ApiError(409, 'no feeds are followed by this server: start it with bloc serve --watch');
      if (w.status().cycle !== null) throw new ApiError(409, 'a poll is already under way');
      const summary = await w.cycle();
      state.wrote();
      return { summary };
    },
  }),
];
