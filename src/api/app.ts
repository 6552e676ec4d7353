import { Hono } from 'hono';
import { coder, simHistory, type Workspace } from '../compose/index.js';
import { loopbackHostOnly, wrongMethodOr } from './guards.js';
import { JobLimiter, SIMULATION_LIMITS, type JobLimits } from './job-limiter.js';
import { simulateInWorker, type Simulate } from './sim-runner.js';
import { notFound, onError } from './errors.js';
import { SECURITY_HEADERS } from './headers.js';
import { answerOf } from './answers.js';
import { openApiDocument } from './openapi.js';
import { mount } from './route.js';
import { ROUTES } from './routes/index.js';
import type { Watcher } from '../watch/index.js';
import { serveWeb } from './static.js';
import { ApiState, type Extract } from './state.js';

export interface AppOptions {
  readonly workspace: Workspace;
  /** The bearer token write endpoints require. */
  readonly token: string;
  /** The built dashboard; omit to serve the API only. */
  readonly webRoot?: string | undefined;
  /** A stand-in for the coder (tests); the workspace's own coder otherwise. */
  readonly extract?: Extract | undefined;
  /** A stand-in for the simulator (tests); otherwise each simulation runs in a worker thread. */
  readonly simulate?: Simulate | undefined;
  /** How many simulations run and wait at once, and for how long one may run (default SIMULATION_LIMITS). */
  readonly simulations?: JobLimits | undefined;
  /** Answer only requests addressed to a loopback name (default true: the server binds 127.0.0.1). */
  readonly loopbackOnly?: boolean | undefined;
  /** The feed watcher the server runs (`bloc serve --watch`), for its status and "poll now". */
  readonly watcher?: Watcher | undefined;
}

/** The whole HTTP app: the API under /api, the dashboard everywhere else. */
export function createApp(options: AppOptions): Hono {
  const ws = options.workspace;
  const state = new ApiState(ws, options.extract ?? ((article) => coder(ws).code(article)), options.watcher);
  const simulate: Simulate =
    options.simulate ??
    ((request, job) => {
      const history = simHistory(ws);
      return simulateInWorker({ ...request, history, asOf: request.asOf ?? history.curatedTo }, job.signal, job.timeoutMs);
    });
  const api = new Hono();
  const openapi = answerOf(openApiDocument(ws.alliance, ROUTES));
  const simulations = new JobLimiter(options.simulations ?? SIMULATION_LIMITS);
  mount(api, ROUTES, { state, simulate, simulations, openapi: () => openapi }, options.token);
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
