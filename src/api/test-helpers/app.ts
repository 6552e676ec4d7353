import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watcher, Workspace } from '../../compose/index.js';
import type { CodedEvent } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { createApp } from '../app.js';
import type { Extract } from '../state.js';

export const TOKEN = 'test-token-0123456789';
export const NOW = () => new Date('2025-06-01T12:00:00Z');

/** A coder stand-in: one event per line that names Kyrgyzstan asking the CSTO for help. */
export const fakeExtract: Extract = (a) =>
  a.text
    .split('\n')
    .filter((line) => line.includes('Kyrgyzstan asked'))
    .map((line): CodedEvent => ({
      type: 'assistance.requested',
      actor: 'KGZ',
      target: 'CSTO',
      // A line that says when gives that date; "more than once" gives none, as the spec asks.
      date: /more than once/.test(line) ? null : (/in (\d{4})/.exec(line)?.[1] ?? a.date),
      article_id: a.id,
      evidence: line,
      confidence: 0.8,
      details: { threat: 'border_clash' },
    }));

/** A tiny built dashboard, so static serving can be tested without Vite. */
export function fakeWebRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'bloc-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>bloc</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.txt'), 'outside the root');
  return root;
}

/** An app over a fresh in-memory store loaded with the default pack; `watch` makes it follow those feeds (`bloc serve --watch`). */
export function testApp(
  opts: { extract?: Extract; watch?: readonly string[] } = {},
  webRoot?: string,
): { app: ReturnType<typeof createApp>; store: Store; workspace: Workspace } {
  const workspace = new Workspace({ db: ':memory:', now: NOW });
  const follow = opts.watch && watcher(workspace, opts.watch, { timeoutMs: 2000, hostIntervalMs: 0 });
  return {
    app: createApp({ workspace, token: TOKEN, extract: opts.extract, webRoot, watcher: follow }),
    store: workspace.store,
    workspace,
  };
}

/** A JSON POST, with the token unless told otherwise. */
export function post(path: string, body: unknown, opts: { token?: string | null; raw?: string; type?: string } = {}): Request {
  const headers: Record<string, string> = { 'content-type': opts.type ?? 'application/json' };
  const token = opts.token === undefined ? TOKEN : opts.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  return new Request(`http://localhost${path}`, { method: 'POST', headers, body: opts.raw ?? JSON.stringify(body) });
}
