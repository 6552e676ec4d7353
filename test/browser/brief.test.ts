// page.evaluate callbacks run in the browser, so this file also sees the DOM types.
/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, collectErrors, launchBrowser } from './harness.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'bloc-brief-'));

function bloc(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BLOC_DB: join(dir, 'bloc.db'), BLOC_CHROMIUM: CHROMIUM, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// An invented event whose text and source try to inject markup: the brief must show it as text.
const HOSTILE = {
  id: 'test-brief-hostile',
  type: 'exercise.held',
  actor: 'KAZ',
  target: 'CSTO',
  date: '2022-10-20',
  reported: '2022-10-20',
  source: 'https://example.org/drill?x="><script>window.pwned=1</script>',
  summary: 'Drill <script>window.pwned=1</script><img src=x onerror="window.pwned=2"> & co',
};

let browser: Browser;
let page: Page;
let errors: string[];
let html: string;

beforeAll(async () => {
  const file = join(dir, 'hostile.jsonl');
  writeFileSync(file, JSON.stringify(HOSTILE) + '\n');
  expect(bloc('import', file).code).toBe(0);
  const r = bloc('brief', '--as-of', '2022-10-21', '--runs', '200');
  expect([r.code, r.err]).toEqual([0, '']);
  html = r.out;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (q) => requests.push(q.url()));
  await page.setContent(html, { waitUntil: 'load' });
  expect(requests).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

describe('bloc brief --as-of 2022-10-21 in chromium', () => {
  it('shows its sections under their headings, with no console error and no request for anything outside the page', async () => {
    const headings = await page.$$eval('h1, h2', (hs) => hs.map((h) => h.textContent ?? ''));
    expect(headings).toEqual([
      'Collective Security Treaty Organisation: brief as of 2022-10-21',
      'Cohesion indices',
      'Events of October 2022',
      'Pending requests',
      'The crisis desk: the likeliest next request',
      "The simulator's outlook",
    ]);
    expect(errors).toEqual([]);
    expect(html).not.toMatch(/<script|<link|src="http|@import/);
  });

  it('draws the index and outlook charts as inline SVG with their lines and band', async () => {
    const charts = await page.$$eval('figure.chart svg', (svgs) =>
      svgs.map((s) => ({
        label: s.getAttribute('aria-label') ?? '',
        paths: s.querySelectorAll('path').length,
        width: s.getBoundingClientRect().width,
      })),
    );
    expect(charts).toHaveLength(3);
    expect(charts[0]!.label).toMatch(/^Cohesion index of Collective Security Treaty Organisation and its members/);
    expect(charts.every((c) => c.paths > 0 && c.width > 300)).toBe(true);
    const lineLabels = await page.$$eval('#indices figure.chart:first-of-type svg text', (ts) => ts.map((t) => t.textContent));
    expect(lineLabels).toEqual(expect.arrayContaining(['CSTO', 'KGZ', 'ARM']));
  });

  it("lists the month's events with their sources as links", async () => {
    const row = page.locator('#events tr', { hasText: 'called off the CSTO peacekeeping exercise' });
    await expect(row.count()).resolves.toBe(1);
    const href = await row.locator('a').first().getAttribute('href');
    expect(href).toMatch(/^https:\/\/thediplomat\.com\//);
    expect(await row.textContent()).toContain('CAMEO 1212');
  });

  it('lists the pending request and assesses it at the crisis desk', async () => {
    const pending = await page.locator('#pending tbody tr').allTextContents();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatch(/^Kyrgyzstan\s*CSTO\s*2022-10-19\s*border_clash\s*2/);
    const desk = await page.locator('#desk').textContent();
    expect(desk).toContain('req-2022-10-19-kgz-csto');
    expect(desk).toMatch(/Most likely outcome: (deploy|mission|statement|none)/);
    expect(await page.locator('#outlook').textContent()).toMatch(/200 seeded runs \(seed 1\) of 12 months from 2022-10-21/);
  });

  it('shows text that tries to be markup as text: no script runs, no element is injected', async () => {
    const row = page.locator('#events tr', { hasText: 'Drill <script>' });
    expect(await row.locator('td').nth(3).textContent()).toBe(HOSTILE.summary);
    expect(await row.locator('a').first().getAttribute('href')).toBe(HOSTILE.source);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
  });
});

describe('bloc brief --pdf', () => {
  it('prints the same brief to a PDF with chromium', () => {
    const file = join(dir, 'brief.pdf');
    const r = bloc('brief', '--as-of', '2022-10-21', '--runs', '200', '--pdf', '--out', file);
    expect([r.code, r.err]).toEqual([0, '']);
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('says in one line when the chromium it was given is missing', () => {
    const r = bloc(
      'brief',
      '--as-of',
      '2022-10-21',
      '--runs',
      '10',
      '--pdf',
      '--out',
      join(dir, 'x.pdf'),
      '--chromium',
      '/nonexistent/chromium',
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "bloc: --pdf: no chromium at /nonexistent/chromium (install Debian's with apt-get install chromium, or give --chromium PATH)\n",
    );
  });
});
