import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, WEB_ROOT, type RunningServer } from '../../src/api/index.js';
import { Workspace } from '../../src/compose/index.js';
import type { Store } from '../../src/store/index.js';

/** Debian's chromium: the tests never download a browser, and fail (not skip) without this one. */
export const CHROMIUM = process.env['BLOC_CHROMIUM'] ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google on this closed network.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const TOKEN = 'browser-test-token';

/** Starts headless chromium; a missing browser is an error with the command that installs it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `chromium is missing at ${CHROMIUM}: install it with apt-get install -y chromium (the browser tests never download one)`,
    );
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** A server over a fresh store on a free port, serving the built dashboard. */
export async function startTestServer(): Promise<{ server: RunningServer; store: Store; workspace: Workspace }> {
  if (!existsSync(join(WEB_ROOT, 'index.html')))
    throw new Error(`the dashboard is not built (${WEB_ROOT}/index.html is missing): run npm run build:web first`);
  const workspace = new Workspace({ db: join(mkdtempSync(join(tmpdir(), 'bloc-browser-')), 'bloc.db') });
  const server = await startServer({ workspace, token: TOKEN, port: 0, host: '127.0.0.1' });
  return { server, store: workspace.store, workspace };
}

/** Every console error and uncaught exception a page produces, collected as text. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The dashboard's pages, with what each one shows once loaded. */
export const PAGES = [
  { id: 'overview', hash: '#/', ready: '[data-testid="map"] svg' },
  { id: 'timeline', hash: '#/timeline', ready: '.event' },
  { id: 'member', hash: '#/member/ARM', ready: '.figure svg' },
  { id: 'crisis', hash: '#/crisis', ready: 'form[aria-label="Request for assistance"]' },
  { id: 'scenarios', hash: '#/scenarios', ready: 'form[aria-label="Simulation"]' },
  { id: 'review', hash: '#/review', ready: 'form[aria-label="Reviewer"]' },
  { id: 'feeds', hash: '#/feeds', ready: '#feeds-title' },
] as const;

/** The browser and the server a test file drives, both started before its tests and closed after them. */
export interface DashboardSession {
  readonly browser: Browser;
  readonly server: RunningServer;
  readonly store: Store;
}

/** Registers the file's start and shutdown, and gives the session its tests read once it has started. */
export function useDashboardSession(): DashboardSession {
  let started: DashboardSession | undefined;
  const get = (): DashboardSession => {
    if (!started) throw new Error('the dashboard session is read before beforeAll started it');
    return started;
  };
  beforeAll(async () => {
    const browser = await launchBrowser();
    const { server, store } = await startTestServer();
    started = { browser, server, store };
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.server.close();
    started?.store.close();
  });
  return {
    get browser() {
      return get().browser;
    },
    get server() {
      return get().server;
    },
    get store() {
      return get().store;
    },
  };
}

/** Opens a dashboard address in a new page of `width`, collecting the page's errors. */
export async function openPage(session: DashboardSession, hash: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(`${session.server.url}${hash}`);
  return { page, errors };
}
