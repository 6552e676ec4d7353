import { Hono } from 'hono';
import type { Store } from '../store/index.js';
import { liveAdapters, type Adapters } from './adapters/index.js';
import { loopbackHostOnly, wrongMethodOr } from './guards.js';
import { JobLimiter, SIMULATION_LIMITS, type JobLimits } from './job-limiter.js';
import { notFound, onError } from './errors.js';
import { SECURITY_HEADERS } from './headers.js';
import { openApiDocument } from './openapi.js';
import { coderRoutes } from './routes/coder.js';
import { eventRoutes } from './routes/events.js';
import { indicatorRoutes } from './routes/indicators.js';
import { modelRoutes } from './routes/model.js';
import { referenceRoutes } from './routes/reference.js';
import { reviewRoutes } from './routes/review.js';
import { serveWeb } from './static.js';
import { ApiState } from './state.js';

export interface AppOptions {
  readonly store: Store;
  /** The bearer token write endpoints require. */
  readonly token: string;
  /** The built dashboard; omit to serve the API only. */
  readonly webRoot?: string | undefined;
  /** Replace some modules (tests); the rest are the live ones. */
  readonly adapters?: Partial<Adapters> | undefined;
  readonly now?: (() => Date) | undefined;
  /** How many simulations run and wait at once, and for how long one may run (default SIMULATION_LIMITS). */
  readonly simulations?: JobLimits | undefined;
  /** Answer only requests addressed to a loopback name (default true: the server binds 127.0.0.1). */
  readonly loopbackOnly?: boolean | undefined;
}

/** The whole HTTP app: the API under /api, the dashboard everywhere else. */
export function createApp(options: AppOptions): Hono {
  const state = new ApiState(options.store, { ...liveAdapters, ...options.adapters }, options.now);
  const api = new Hono();
  const openapi = JSON.stringify(openApiDocument());
  api.get('/openapi.json', (c) => c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8' }));
  for (const routes of [
    referenceRoutes(state),
    eventRoutes(state),
    indicatorRoutes(state),
    modelRoutes(state, new JobLimiter(options.simulations ?? SIMULATION_LIMITS)),
    coderRoutes(state, options.token),
    reviewRoutes(state, options.token),
  ]) {
    api.route('/', routes);
  }
  api.all('*', wrongMethodOr(api, '/api', notFound));

  const app = new Hono();
  if (options.loopbackOnly !== false) app.use('*', loopbackHostOnly());
  app.use('*', async (c, next) => {
    // Set before the handler runs, so they go into the response as it is built. Setting them after
    // would make Hono rebuild a finished response around its body as a stream: that copy was most
    // of the cost of a cached answer. Cached answers (sendJson) carry these headers themselves.
    for (const name in SECURITY_HEADERS) c.header(name, SECURITY_HEADERS[name]);
    await next();
  });
  app.route('/api', api);
  if (options.webRoot !== undefined) app.use('*', serveWeb(options.webRoot));
  app.notFound(notFound);
  app.onError(onError);
  return app;
}
