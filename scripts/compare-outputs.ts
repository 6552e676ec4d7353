// Compares what two builds of bloc print and serve on the default pack, command by command and route by
// route, so a refactor can show it changed nothing a user sees (issue 9). Usage:
//   npx tsx scripts/compare-outputs.ts --base DIR [--head DIR]
// DIR is a checkout with a built dist/ (npm run build). Differences not named in
// scripts/compare-allow.json fail the run; every allowed one carries the reason it is expected.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SEED = resolve(here, '../shared/seed/000_e3e4bdcec7f07ceb.txt');

/** The commands compared; each runs on a fresh store. */
const COMMANDS: readonly (readonly string[])[] = [
  ['members', '--as-of', '2022-10-21', '--format', 'json'],
  ['members', '--as-of', '1995-06-30'],
  ['events', '--format', 'json'],
  ['events', '--type', 'assistance.requested'],
  ['events', '--actor', 'KGZ', '--from', '2022-01-01', '--format', 'csv'],
  ['events', '--as-of', '2022-10-21', '--format', 'json'],
  ['leader', 'KAZ', '2019-03-20'],
  ['leader', 'ARM', '2022-01-01', '--format', 'json'],
  ['stats', '--format', 'csv'],
  ['indicators', '--as-of', '2022-10-21', '--format', 'json'],
  ['indicators', '--as-of', '2022-10-21', '--member', 'ARM', '--explain'],
  ['indicators', '--as-of', '1999-06-30', '--format', 'csv'],
  ['timeline', '--format', 'csv', '--alliance', '--to', '2025-12'],
  ['timeline', '--member', 'KGZ', '--from', '2010-01', '--to', '2012-12'],
  ['assess', '--requester', 'KAZ', '--date', '2022-01-04', '--threat', 'internal_unrest', '--article', '4', '--format', 'json'],
  ['assess', '--requester', 'ARM', '--date', '2022-09-12', '--threat', 'external_attack', '--adversary', 'AZE', '--article', '4'],
  ['assess', '--requester', 'KGZ', '--date', '2010-06-12', '--threat', 'internal_unrest', '--asked', 'RUS', '--format', 'json'],
  ['backtest', '--format', 'json'],
  ['simulate', '--as-of', '2022-10-21', '--horizon', '12', '--runs', '300', '--seed', '1', '--format', 'json'],
  ['extract', SEED],
  ['export'],
];

/** The API routes compared: GET paths, or POST bodies. */
const ROUTES: readonly { readonly method: 'GET' | 'POST'; readonly path: string; readonly body?: unknown }[] = [
  { method: 'GET', path: '/api/members?asOf=2022-10-21' },
  { method: 'GET', path: '/api/members/KAZ?asOf=2022-01-05' },
  { method: 'GET', path: '/api/leaders?country=ARM&date=2022-01-01' },
  { method: 'GET', path: '/api/summits' },
  { method: 'GET', path: '/api/treaty' },
  { method: 'GET', path: '/api/events?limit=1000' },
  { method: 'GET', path: '/api/events?actor=KGZ&order=desc&limit=50' },
  { method: 'GET', path: '/api/indicators?asOf=2022-10-21' },
  { method: 'GET', path: '/api/indicators?asOf=2022-10-21&member=ARM' },
  { method: 'GET', path: '/api/timeline?from=2010-01&to=2012-12' },
  { method: 'GET', path: '/api/timeline?member=KGZ&from=2020-01&to=2022-12' },
  { method: 'GET', path: '/api/meta' },
  { method: 'GET', path: '/api/openapi.json' },
  { method: 'POST', path: '/api/assess', body: { requester: 'KAZ', date: '2022-01-04', threat: 'internal_unrest', article: '4' } },
  { method: 'POST', path: '/api/simulate', body: { as_of: '2022-10-21', horizon: 12, runs: 300, seed: 1 } },
];

const Allow = z.record(z.string(), z.string().min(10));
const allow = Allow.parse(JSON.parse(readFileSync(join(here, 'scripts', 'compare-allow.json'), 'utf8')));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// Temporary paths differ between runs by construction; nothing else may.
const normalise = (s: string): string => s.replace(/\/tmp\/bloc-compare-[\w]+/g, '<tmp>');

function runCommand(dir: string, args: readonly string[]): string {
  const db = join(mkdtempSync(join(tmpdir(), 'bloc-compare-')), 'bloc.db');
  try {
    return normalise(
      execFileSync(process.execPath, [join(dir, 'dist/cli/main.js'), ...args], {
        env: { ...process.env, TZ: 'UTC', BLOC_DB: db, BLOC_PACK: '' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 28,
      }),
    );
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    return normalise(`exit ${e.status}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

async function serve(dir: string): Promise<{ url: string; stop: () => void }> {
  const db = join(mkdtempSync(join(tmpdir(), 'bloc-compare-')), 'bloc.db');
  const child = spawn(process.execPath, [join(dir, 'dist/cli/main.js'), 'serve', '--port', '0'], {
    env: { ...process.env, TZ: 'UTC', BLOC_DB: db, BLOC_TOKEN: 'compare-token-0123456789', BLOC_PACK: '' },
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/\S+?)\/?\n/.exec(out);
      if (m) ok(m[1]!);
    });
    child.once('exit', (code) => fail(new Error(`${dir}: serve exited ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

async function fetchRoute(base: string, r: (typeof ROUTES)[number]): Promise<string> {
  const res = await fetch(base + r.path, {
    method: r.method,
    ...(r.body === undefined ? {} : { body: JSON.stringify(r.body), headers: { 'content-type': 'application/json' } }),
  });
  return `${res.status}\n${await res.text()}`;
}

async function main(): Promise<void> {
  const baseDir = arg('--base');
  if (!baseDir) throw new Error('usage: compare-outputs --base DIR [--head DIR]');
  const headDir = arg('--head') ?? here;
  const differ: string[] = [];
  for (const args of COMMANDS) {
    const key = `bloc ${args.map((a) => (a === SEED ? '<seed>' : a)).join(' ')}`;
    const same = runCommand(baseDir, args) === runCommand(headDir, args);
    report(key, same, differ);
  }
  const [a, b] = await Promise.all([serve(baseDir), serve(headDir)]);
  try {
    for (const r of ROUTES) {
      const key = `${r.method} ${r.path}`;
      report(key, (await fetchRoute(a.url, r)) === (await fetchRoute(b.url, r)), differ);
    }
  } finally {
    a.stop();
    b.stop();
  }
  const unexplained = differ.filter((k) => allow[k] === undefined);
  console.log(`\n${COMMANDS.length + ROUTES.length} compared, ${differ.length} differ, ${unexplained.length} not in the allow-list`);
  console.log(JSON.stringify({ compared: COMMANDS.length + ROUTES.length, differ: differ.length, unexplained }));
  if (unexplained.length) process.exitCode = 1;
}

function report(key: string, same: boolean, differ: string[]): void {
  if (!same) differ.push(key);
  const note = same ? 'same' : allow[key] ? `differs (allowed: ${allow[key]})` : 'DIFFERS';
  console.log(`${note.padEnd(8)}  ${key}`);
}

await main();
