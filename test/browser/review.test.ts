// page.evaluate callbacks run in the browser, so this file also sees the DOM types.
/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { collectErrors, TOKEN, useDashboardSession } from './harness.js';

const session = useDashboardSession();

const ARTICLE =
  'Tajikistan on Monday formally asked the Collective Security Treaty Organization for military assistance after clashes on its border with Afghanistan.';

// Kyrgyzstan's requests for help still pending at the end of 2025, as the indicators count them.
async function kgzRequests(): Promise<number> {
  const r = (await (await fetch(new URL('api/indicators?asOf=2025-12-31&member=KGZ', session.server.url))).json()) as {
    members: { code: string; coverage: { requests_pending: number } }[];
  };
  return r.members.find((m) => m.code === 'KGZ')!.coverage.requests_pending;
}

describe('reviewing a proposal in chromium', () => {
  it('edits its date and actor, accepts it, retracts it; the audit log and the indicators follow', async () => {
    const res = await fetch(new URL('api/ingest', session.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ date: '2025-03-10', url: 'https://example.org/browser-test', text: ARTICLE }),
    });
    const { proposed } = (await res.json()) as { proposed: string[] };
    expect(proposed).toHaveLength(1);
    const id = proposed[0]!;
    const before = await kgzRequests();

    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${session.server.url}#/review/${id}`);
    await page.fill('input[name="token"]', TOKEN);
    await page.fill('input[name="reviewer"]', 'browser-analyst');
    const card = page.locator('[data-testid="proposal"]');
    await card.locator('input[name="actor"]').waitFor();
    expect(await card.locator('[data-testid="article-text"] mark').textContent()).toBe(ARTICLE);
    expect(await card.locator('input[name="actor"]').inputValue()).toBe('TJK');
    await card.locator('input[name="actor"]').fill('KGZ');
    await card.locator('input[name="event-date"]').fill('2025-03');
    await card.getByRole('button', { name: 'Accept' }).click();
    await expect
      .poll(() => card.locator('[data-testid="outcome"]').textContent())
      .toMatch(/Accepted as a new event .*2025-03 · assistance\.requested · KGZ/);

    expect(await kgzRequests()).toBe(before + 1);
    const stored = session.store.events({ actor: 'KGZ', type: 'assistance.requested', from: '2025-03-01', to: '2025-03-31' });
    expect(stored).toEqual([
      expect.objectContaining({ date: '2025-03', origin: expect.objectContaining({ kind: 'reviewed', reviewer: 'browser-analyst' }) }),
    ]);

    await card.locator('input[name="reason"]').fill('the request came from Tajikistan, not Kyrgyzstan');
    await card.getByRole('button', { name: 'Retract' }).click();
    await expect.poll(() => card.locator('[data-testid="outcome"]').textContent()).toMatch(/Retracted by browser-analyst/);
    expect(await kgzRequests()).toBe(before);

    const rows = page.locator('[data-testid="audit-log"] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(cells.map((c) => [c[2], c[3], c[4], c[6]])).toEqual([
      ['browser-analyst', 'retracted', id, 'the request came from Tajikistan, not Kyrgyzstan'],
      ['browser-analyst', 'accepted', id, ''],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
