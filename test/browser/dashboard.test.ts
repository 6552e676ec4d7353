// page.evaluate callbacks run in the browser, so this file also sees the DOM types.
/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { openPage, PAGES, TOKEN, useDashboardSession } from './harness.js';

const session = useDashboardSession();

const open = (hash: string, width?: number) => openPage(session, hash, width);

const ARTICLE =
  'Tajikistan on Monday formally asked the Collective Security Treaty Organization for military assistance after clashes on its border with Afghanistan.';

describe('the dashboard in chromium', () => {
  for (const p of PAGES) {
    it(`${p.id} loads with no console errors, at laptop and phone widths`, async () => {
      for (const width of [1280, 390]) {
        const { page, errors } = await open(p.hash, width);
        await page.waitForSelector(p.ready);
        await page.waitForLoadState('networkidle');
        expect(errors).toEqual([]);
        // Readable on a phone: nothing wider than the screen makes the page scroll sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        await page.close();
      }
    });
  }

  it('the as-of slider changes the map', async () => {
    const { page, errors } = await open('#/');
    const map = page.locator('[data-testid="map"]');
    await map.locator('svg').last().waitFor();
    // The map's state: each member's fill and tooltip (the SVG's generated ids differ on every render).
    const colours = () =>
      map.locator('path:has(title)').evaluateAll((ps) => ps.map((p) => `${p.getAttribute('fill')} ${p.textContent}`).join('|'));
    const today = await colours();
    expect(today).toContain('Kazakhstan');
    await page.locator('#asof-slider').focus();
    await page.keyboard.press('Home'); // the keyboard moves the slider to May 1992
    await expect.poll(() => page.locator('[data-testid="asof-month"]').textContent()).toBe('1992-05');
    await expect.poll(colours).not.toBe(today);
    await page.keyboard.press('End');
    await expect.poll(colours).toBe(today);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the crisis desk returns an answer with intervals, stances defined, the reliability diagram and the record on similar cases', async () => {
    const { page, errors } = await open('#/crisis');
    await page.selectOption('select[name="requester"]', 'KAZ');
    await page.fill('input[name="date"]', '2022-01-05');
    await page.selectOption('select[name="threat"]', 'internal_unrest');
    await page.getByRole('button', { name: 'Assess' }).click();
    await page.locator('[data-testid="modal"]').waitFor();
    expect(await page.locator('table.probs tr').count()).toBe(4);
    expect(await page.locator('table.stances tbody tr').count()).toBeGreaterThan(2);
    // Every outcome shows its 80% interval, which contains the probability shown.
    const deploy = (await page.locator('[data-testid="interval-deploy"]').textContent()) ?? '';
    const [lo, hi] = [...deploy.matchAll(/([\d.]+)%/g)].map((m) => Number(m[1]));
    const point = Number(
      /([\d.]+)%/.exec((await page.locator('table.probs tr').first().locator('td.num').first().textContent()) ?? '')![1],
    );
    expect(lo).toBeLessThanOrEqual(point);
    expect(hi).toBeGreaterThanOrEqual(point);
    expect(await page.locator('table.stances caption dfn').textContent()).toBe('Stance');
    await page.locator('[data-testid="reliability-chart"] svg').first().waitFor();
    expect(await page.locator('[data-testid="reliability-table"] tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="record-table"] tbody tr').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a simulation whose horizon reaches into known history draws the observed index over the band', async () => {
    const { page, errors } = await open('#/scenarios');
    await page.fill('input[name="as_of"]', '2022-10-21');
    await page.fill('input[name="runs"]', '200');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.locator('[data-testid="observed-note"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="observed-note"]').textContent()).toMatch(/in the 36 simulated month/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the crisis desk and the scenarios page answer on their default inputs, stating the gap after the latest event', async () => {
    const crisis = await open('#/crisis');
    await crisis.page.locator('select[name="requester"] option').first().waitFor({ state: 'attached' });
    await crisis.page.getByRole('button', { name: 'Assess' }).click();
    await crisis.page.locator('[data-testid="modal"]').waitFor();
    await crisis.page.fill('input[name="date"]', new Date().toISOString().slice(0, 10));
    await crisis.page.getByRole('button', { name: 'Assess' }).click();
    await crisis.page.locator('[data-testid="gap-note"]').waitFor();
    await crisis.page.locator('[data-testid="modal"]').waitFor();
    expect(await crisis.page.locator('[role="alert"]').count()).toBe(0);
    expect(crisis.errors).toEqual([]);
    await crisis.page.close();
    const scenarios = await open('#/scenarios');
    await scenarios.page.fill('input[name="runs"]', '200');
    await scenarios.page.getByRole('button', { name: 'Run' }).click();
    await scenarios.page.locator('[data-testid="fan-chart"] svg').last().waitFor({ timeout: 60_000 });
    expect(await scenarios.page.locator('[role="alert"]').count()).toBe(0);
    expect(scenarios.errors).toEqual([]);
    await scenarios.page.close();
  });

  it('every page says when the latest event and the last feed poll were', async () => {
    const { page, errors } = await open('#/timeline');
    const bar = page.locator('[data-testid="freshness"]');
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/Latest event \d{4}-\d{2}-\d{2}.* last feed poll never/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a <script> in an article is shown as text and never runs', async () => {
    const { page, errors } = await open('#/review');
    const hostile = `${ARTICLE}\n<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
    await page.fill('input[name="token"]', TOKEN);
    await page.locator('summary', { hasText: 'Code a pasted article' }).click();
    await page.fill('input[name="date"]', '2025-03-11');
    await page.fill('textarea[name="text"]', hostile);
    await page.getByRole('button', { name: 'Propose events' }).click();
    const text = page.locator('[data-testid="article-text"]');
    await text.waitFor();
    await expect.poll(() => text.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await text.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
