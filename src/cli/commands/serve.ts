import type { Command } from 'commander';
import { resolveToken, startServer } from '../../api/index.js';
import { Workspace } from '../../compose/index.js';
import { resolveDbPath, storeErrorOf } from '../../store/index.js';
import { CliError } from '../errors.js';
import { dbOption, packOption } from '../workspace-option.js';

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port: ${JSON.stringify(v)} is not a port (0-65535)`);
  return n;
}

/** `bloc serve`: the HTTP API and the dashboard, on 127.0.0.1 unless told otherwise. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('the HTTP API and the web dashboard; prints the URL and the write token')
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, 8080)
    .option('--host <host>', 'address to bind; 0.0.0.0 exposes the server to the network', '127.0.0.1')
    .addOption(dbOption())
    .addOption(packOption())
    .action(async (opts: { port: number; host: string; db?: string; pack?: string }) => {
      // A server runs for long: check every page once, so a damaged store is refused now, not answered with 500s.
      const { token, generated } = resolveToken();
      let workspace: Workspace;
      try {
        workspace = new Workspace({ db: opts.db, pack: opts.pack, check: true });
      } catch (err) {
        throw storeErrorOf(err, resolveDbPath(opts.db)) ?? err;
      }
      let server;
      try {
        server = await startServer({ workspace, token, port: opts.port, host: opts.host });
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
      const stop = () => void server.close().then(() => (workspace.close(), process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
