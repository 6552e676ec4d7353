import type { Command } from 'commander';
import { resolveToken, startServer } from '../../api/index.js';
import { feedSources, watcher, Workspace } from '../../compose/index.js';
import { resolveDbPath, storeErrorOf } from '../../store/index.js';
import type { Watcher } from '../../watch/index.js';
import { autoAcceptOption } from '../auto-accept-option.js';
import { CliError } from '../errors.js';
import { dbOption, packOption } from '../workspace-option.js';

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port: ${JSON.stringify(v)} is not a port (0-65535)`);
  return n;
}

interface ServeArgs {
  port: number;
  host: string;
  watch?: boolean;
  feeds?: string;
  feed?: string[];
  interval: number;
  autoAccept?: Record<string, number>;
  db?: string;
  pack?: string;
}

// The watcher `--watch` runs inside the server; bad feed lines are reported and skipped.
function following(workspace: Workspace, opts: ServeArgs): { watcher: Watcher; stop: AbortController } {
  const { feeds, problems } = feedSources(workspace, { feedsFile: opts.feeds, feed: opts.feed });
  for (const p of problems) process.stderr.write(`bloc serve: ${p}\n`);
  if (feeds.length === 0) {
    workspace.close();
    throw new CliError('--watch: no feeds to follow: give --feeds FILE or --feed URL');
  }
  const w = watcher(
    workspace,
    feeds.map((f) => f.url),
    { intervalMinutes: opts.interval, accept: opts.autoAccept },
    (p) => {
      if (p.kind === 'feed' && p.report.state === 'error') process.stderr.write(`bloc watch: ${p.report.message}\n`);
    },
  );
  return { watcher: w, stop: new AbortController() };
}

/** `bloc serve`: the HTTP API and the dashboard, on 127.0.0.1 unless told otherwise. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('the HTTP API and the web dashboard; prints the URL and the write token')
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, 8080)
    .option('--host <host>', 'address to bind; 0.0.0.0 exposes the server to the network', '127.0.0.1')
    .option('--watch', "follow news feeds while serving, as bloc watch does (default: the pack's feeds file)")
    .option('--feeds <file>', 'with --watch: feeds file, one URL a line')
    .option('--feed <url>', 'with --watch: a feed to follow; repeatable', (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .option('--interval <minutes>', 'with --watch: minutes between two polls of a feed', (v) => Number(v), 30)
    .addOption(autoAcceptOption())
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: ServeArgs) => {
      // A server runs for long: check every page once, so a damaged store is refused now, not answered with 500s.
      const { token, generated } = resolveToken();
      let workspace: Workspace;
      try {
        workspace = new Workspace({ db: opts.db, pack: opts.pack, check: true });
      } catch (err) {
        throw storeErrorOf(err, resolveDbPath(opts.db)) ?? err;
      }
      const follow = opts.watch ? following(workspace, opts) : undefined;
      let server;
      try {
        server = await startServer({ workspace, token, port: opts.port, host: opts.host, watcher: follow?.watcher });
      } catch (err) {
        workspace.close();
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new CliError(`--port: ${opts.port} is already in use on ${opts.host}`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`--host: cannot bind ${opts.host}`);
        throw err;
      }
      process.stdout.write(`bloc: serving the dashboard and API at ${server.url}\n`);
      process.stdout.write(
        generated ? `bloc: write token (set BLOC_TOKEN to choose one): ${token}\n` : 'bloc: write token taken from BLOC_TOKEN\n',
      );
      if (follow) {
        process.stdout.write(
          `bloc: following ${follow.watcher.feeds.length} feed(s), each every ${opts.interval} min (status at /#/feeds)\n`,
        );
        void follow.watcher.run(follow.stop.signal);
      }
      const stop = () => (follow?.stop.abort(), void server.close().then(() => (workspace.close(), process.exit(0))));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
