// Writes a screenshot of each dashboard page to docs/screenshots (npm run screenshots); not a test.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, PAGES, startTestServer } from './harness.js';
import { watcher } from '../../src/compose/index.js';
import { startFeedServer } from '../feeds/feed-server.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

mkdirSync(OUT, { recursive: true });
const browser = await launchBrowser();
const { server, store, workspace } = await startTestServer();
// The feeds and review pages show what a poll of the local test feeds (invented news) brings in.
const feeds = await startFeedServer();
await watcher(
  workspace,
  ['/good.rss', '/atom.xml', '/feed.json', '/old-feed', '/gzip.rss', '/cp1251.rss', '/malformed.xml', '/broken.rss'].map((p) =>
    feeds.url(p),
  ),
  { hostIntervalMs: 0 },
).cycle();
try {
  for (const p of PAGES) {
    for (const [suffix, width] of [
      ['', 1280],
      ['-phone', 390],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: suffix ? 844 : 860 }, deviceScaleFactor: suffix ? 2 : 1 });
      await page.goto(`${server.url}${p.hash}`);
      await page.waitForSelector(p.ready);
      // Show each working page with an answer on it, as an analyst would see it.
      if (p.id === 'crisis') {
        await page.selectOption('select[name="requester"]', 'ARM');
        await page.fill('input[name="date"]', '2022-09-14');
        await page.selectOption('select[name="threat"]', 'external_attack');
        await page.fill('input[name="adversary"]', 'AZE');
        await page.getByRole('button', { name: 'Assess' }).click();
        await page.locator('[data-testid="modal"]').waitFor();
      } else if (p.id === 'scenarios') {
        await page.getByRole('button', { name: 'Run' }).click();
        await page.locator('[data-testid="fan-chart"] svg').last().waitFor({ timeout: 60_000 });
      } else if (p.id === 'review') {
        await page.locator('[data-testid="article-text"] mark').waitFor();
      } else if (p.id === 'feeds') {
        await page.locator('[data-testid="feeds-table"]').waitFor();
      } else if (p.id === 'overview') {
        await page.locator('#asof-slider').focus();
      }
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${OUT}${p.id}${suffix}.png`, fullPage: !suffix });
      await page.close();
    }
  }
  process.stdout.write(`screenshots written to ${OUT}\n`);
} finally {
  await browser.close();
  await server.close();
  await feeds.close();
  store.close();
}
