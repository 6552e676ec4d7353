// Writes a screenshot of each dashboard page to docs/screenshots (npm run screenshots); not a test.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, PAGES, startTestServer, TOKEN } from './harness.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const ARTICLE =
  'Tajikistan on Monday formally asked the Collective Security Treaty Organization for military assistance after clashes on its border with Afghanistan.\nThe request came after a week of skirmishes, officials said.';

mkdirSync(OUT, { recursive: true });
const browser = await launchBrowser();
const { server, store } = await startTestServer();
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
        await page.fill('input[name="token"]', TOKEN);
        await page.fill('input[name="date"]', '2025-03-10');
        await page.fill('textarea[name="text"]', ARTICLE);
        await page.getByRole('button', { name: 'Extract events' }).click();
        await page.locator('[data-testid="extracted-event"]').first().waitFor();
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
  store.close();
}
