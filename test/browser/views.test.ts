// page.evaluate callbacks run in the browser, so this file also sees the DOM types.
/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, TOKEN, useDashboardSession } from './harness.js';

const session = useDashboardSession();

const open = (hash: string, width?: number) => openPage(session, hash, width);

const hashOf = (page: Page) => page.evaluate(() => location.hash);

describe('every dashboard view is a permalink', () => {
  it('overview: the slider month is in the URL, and the URL sets the slider, map and chart', async () => {
    const { page, errors } = await open('#/overview?asOf=2009-06');
    await page.locator('[data-testid="map"] svg').last().waitFor();
    expect(await page.locator('[data-testid="asof-month"]').textContent()).toBe('2009-06');
    expect(await page.locator('h1').textContent()).toBe('The alliance on 2009-06-30');
    await page.locator('[data-testid="alliance-chart"] svg').last().waitFor();
    await page.locator('#asof-slider').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => hashOf(page)).toBe('#/overview?asOf=1992-05');
    const again = await open(await hashOf(page));
    expect(await again.page.locator('[data-testid="asof-month"]').textContent()).toBe('1992-05');
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('member: the member and the as-of day are in the URL', async () => {
    const { page, errors } = await open('#/member/GEO?asOf=1998-01-01');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Georgia');
    await expect.poll(() => page.getByText(/On 1998-01-01: member/).count()).toBe(1);
    expect(await page.inputValue('input[name="asOf"]')).toBe('1998-01-01');
    await page.fill('input[name="asOf"]', '2001-02-03');
    await expect.poll(() => hashOf(page)).toBe('#/member/GEO?asOf=2001-02-03');
    await expect.poll(() => page.getByText(/On 2001-02-03: withdrawn/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('timeline: the search words, filters and page are in the URL', async () => {
    const { page, errors } = await open('#/timeline?q=tokayev&type=assistance');
    await page.locator('.event').first().waitFor();
    expect(await page.inputValue('input[name="q"]')).toBe('tokayev');
    expect(await page.inputValue('select[name="type"]')).toBe('assistance');
    const count = page.locator('[data-testid="event-count"]');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ events matching “tokayev”$/);
    const shown = await count.textContent();
    // The words found are marked in what is shown.
    expect((await page.locator('.event mark').allTextContents()).map((m) => m.toLowerCase())).toContain('tokayev');
    await page.fill('input[name="q"]', 'tokayev riots');
    await expect.poll(() => hashOf(page)).toBe('#/timeline?q=tokayev+riots&type=assistance');
    await expect.poll(() => count.textContent()).toMatch(/matching “tokayev riots”/);
    const narrowed = await count.textContent();
    expect(narrowed).not.toBe(shown);
    const again = await open(await hashOf(page));
    await expect.poll(() => again.page.locator('[data-testid="event-count"]').textContent()).toBe(narrowed);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('crisis desk: the request is in the URL and a link to it opens with its answer', async () => {
    const { page, errors } = await open('#/crisis');
    await page.selectOption('select[name="requester"]', 'KAZ');
    await page.fill('input[name="date"]', '2022-01-05');
    await page.selectOption('select[name="threat"]', 'internal_unrest');
    await page.getByRole('button', { name: 'Assess' }).click();
    await page.locator('[data-testid="modal"]').waitFor();
    const answer = await page.locator('[data-testid="modal"]').textContent();
    const hash = await hashOf(page);
    expect(hash).toMatch(/^#\/crisis\?/);
    expect(Object.fromEntries(new URLSearchParams(hash.split('?')[1]))).toMatchObject({
      requester: 'KAZ',
      date: '2022-01-05',
      threat: 'internal_unrest',
    });
    const again = await open(hash);
    await again.page.locator('[data-testid="modal"]').waitFor();
    expect(await again.page.locator('[data-testid="modal"]').textContent()).toBe(answer);
    expect(await again.page.inputValue('select[name="requester"]')).toBe('KAZ');
    expect(await again.page.inputValue('select[name="threat"]')).toBe('internal_unrest');
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('scenarios: the inputs are in the URL and a link to them reruns the same seeded simulation', async () => {
    const { page, errors } = await open('#/scenarios?as_of=2022-10-21&horizon=12&runs=200&seed=3');
    const note = page.locator('[data-testid="fan-chart"] + p.note');
    await note.waitFor({ timeout: 60_000 });
    expect(await note.textContent()).toMatch(/over 200 runs from 2022-10-21, seed 3/);
    expect(await page.inputValue('input[name="horizon"]')).toBe('12');
    const table = await page.locator('[data-testid="status-table"]').textContent();
    const again = await open(await hashOf(page));
    await again.page.locator('[data-testid="status-table"]').waitFor({ timeout: 60_000 });
    expect(await again.page.locator('[data-testid="status-table"]').textContent()).toBe(table);
    expect(errors).toEqual([]);
    await page.close();
    await again.page.close();
  });
});

describe('the review queue is a permalink too', () => {
  it('keeps its status filter in the URL', async () => {
    const { page, errors } = await open('#/review?status=all');
    await page.locator('select[name="status"]').waitFor();
    expect(await page.inputValue('select[name="status"]')).toBe('all');
    await page.selectOption('select[name="status"]', 'rejected');
    await expect.poll(() => hashOf(page)).toBe('#/review?status=rejected');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the dashboard defects of issue 15', () => {
  it('the overview has the alliance series with member lines, and an inset for the states too small to read', async () => {
    const { page, errors } = await open('#/');
    const chart = page.locator('[data-testid="alliance-chart"]');
    await chart.locator('svg').last().waitFor();
    // One line per member (the legend) and the alliance's own.
    expect(await chart.locator('svg [aria-label="line"] path').count()).toBeGreaterThan(5);
    const inset = page.locator('[data-testid="map-inset"]');
    await inset.locator('svg').last().waitFor();
    const names = await inset.locator('path:has(title) title').allTextContents();
    expect(names.map((n) => n.split(':')[0]).sort()).toEqual(['Armenia', 'Azerbaijan', 'Georgia']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a member page splits the components by direction and marks prior-only months', async () => {
    const { page, errors } = await open('#/member/KGZ');
    await page.locator('[data-testid="components-worse"] svg').last().waitFor();
    const worse = await page.locator('[data-testid="components-worse"]').textContent();
    const better = await page.locator('[data-testid="components-better"]').textContent();
    expect(worse).toMatch(/conflict/);
    expect(worse).toMatch(/outside pull/);
    expect(worse).not.toMatch(/participation/);
    expect(better).toMatch(/participation/);
    expect(better).not.toMatch(/conflict/);
    expect(await page.locator('[data-testid="components-better"] circle').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at phone width every table fits, or says that it scrolls', async () => {
    for (const hash of [
      '#/',
      '#/member/ARM',
      '#/scenarios?as_of=2022-10-21&horizon=6&runs=100&seed=1',
      '#/crisis?requester=ARM&date=2022-09-14&threat=external_attack&adversary=AZE',
    ]) {
      const { page, errors } = await open(hash, 390);
      await page.locator('.scroll-x table').first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const frames = await page.locator('.scroll-x-frame').evaluateAll((fs) =>
        fs.map((f) => {
          const x = f.querySelector('.scroll-x')!;
          return { overflows: x.scrollWidth > x.clientWidth + 1, says: f.querySelector('.scroll-hint') !== null };
        }),
      );
      expect(frames.length).toBeGreaterThan(0);
      for (const f of frames) expect(f.says).toBe(f.overflows);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('the review page and live counts', () => {
  const LEAD = Array.from(
    { length: 40 },
    (_, i) => `Background paragraph ${i + 1}: markets, weather and local news, with nothing for the coder to take.`,
  ).join('\n');
  const REQUEST =
    'Tajikistan on Monday formally asked the Collective Security Treaty Organization for military assistance after clashes on its border with Afghanistan.';

  it('opens the article at its evidence, however far down; on a phone the article flows with no scroll box', async () => {
    const res = await fetch(new URL('api/ingest', session.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ date: '2025-04-14', url: 'https://example.org/long-article', text: `${LEAD}\n${REQUEST}` }),
    });
    const { proposed } = (await res.json()) as { proposed: string[] };
    expect(proposed).toHaveLength(1);
    for (const width of [1280, 390]) {
      const { page, errors } = await open(`#/review/${proposed[0]}`, width);
      const text = page.locator('[data-testid="proposal"] [data-testid="article-text"]');
      await text.locator('mark').waitFor();
      const place = await text.evaluate((box) => {
        const b = box.getBoundingClientRect();
        const m = box.querySelector('mark')!.getBoundingClientRect();
        return { inBox: m.top >= b.top && m.bottom <= b.bottom + 1, scrolls: box.scrollHeight > box.clientHeight + 1, far: m.top - b.top };
      });
      if (width === 1280) {
        // The article is longer than its box, and the box opened where the evidence is.
        expect(place.scrolls).toBe(true);
        expect(place.inBox).toBe(true);
        await page.getByRole('button', { name: 'Show the whole article' }).click();
        expect(await text.evaluate((box) => box.scrollHeight > box.clientHeight + 1)).toBe(false);
      } else expect(place.scrolls).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('the footer counts the events again after an accept, without leaving the page', async () => {
    const res = await fetch(new URL('api/ingest', session.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ date: '2025-05-12', url: 'https://example.org/count-test', text: REQUEST }),
    });
    const { proposed } = (await res.json()) as { proposed: string[] };
    const { page, errors } = await open(`#/review/${proposed[0]}`);
    const total = page.locator('[data-testid="event-total"]');
    await total.waitFor();
    const before = Number((await total.textContent())!.replace(/\D/g, ''));
    await page.fill('input[name="token"]', TOKEN);
    const card = page.locator('[data-testid="proposal"]');
    await card.locator('input[name="actor"]').waitFor();
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.locator('[data-testid="outcome"]').waitFor();
    await expect.poll(async () => Number((await total.textContent())!.replace(/\D/g, ''))).toBe(before + 1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
