import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Workspace } from '../compose/index.js';
import { createApp } from './app.js';
import { isLoopback } from './guards.js';
import type { JobLimits } from './job-limiter.js';
import type { Simulate } from './sim-runner.js';
import { WEB_ROOT } from './static.js';
import type { Watcher } from '../watch/index.js';

export interface ServeOptions {
  readonly workspace: Workspace;
  readonly token: string;
  readonly port: number;
  readonly host: string;
  readonly webRoot?: string | undefined;
  readonly simulations?: JobLimits | undefined;
  /** A stand-in for the simulator (tests). */
  readonly simulate?: Simulate | undefined;
  readonly watcher?: Watcher | undefined;
}

/** A running server: its URL, and a way to stop it. */
export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the API and dashboard on host:port (port 0 picks a free one) and resolves once listening. */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const app = createApp({
    workspace: options.workspace,
    token: options.token,
    webRoot: options.webRoot ?? WEB_ROOT,
    loopbackOnly: isLoopback(options.host),
    simulations: options.simulations,
    simulate: options.simulate,
    watcher: options.watcher,
  });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive sockets would hold close() open; a stopping server owes them nothing.
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
  });
}
