import { afterEach, describe, expect, it } from 'vitest';
import { indicatorEngine } from '../../compose/index.js';
import { COMPONENTS, panelRows } from '../../indicators/index.js';
import type { Store } from '../../store/index.js';
import { testApp } from '../test-helpers/app.js';

let store: Store | undefined;
afterEach(() => store?.close());

interface AllianceSeries {
  months: { month: string; members: Record<string, number | null> }[];
}
interface MemberSeries {
  months: { month: string; cohesion: number | null; in_alliance: boolean; prior_only: string[] }[];
}

describe('GET /api/timeline', () => {
  it('gives a withdrawn state the same cohesion as the CSV panel, and says it is outside the alliance', async () => {
    const t = testApp();
    store = t.store;
    const panel = panelRows(indicatorEngine(t.workspace).series({ from: '2001-01', to: '2001-03' }));
    const withdrawn = panel.filter((r) => r['status_de_facto'] === 'withdrawn');
    expect(withdrawn.map((r) => r['iso3'])).toEqual(expect.arrayContaining(['AZE', 'GEO', 'UZB']));
    const all = (await (await t.app.request('/api/timeline?from=2001-01&to=2001-03')).json()) as AllianceSeries;
    for (const r of panel) {
      const month = all.months.find((m) => m.month === r['month'])!;
      expect(month.members[r['iso3'] as string]).toBe(r['cohesion']);
    }
    const geo = (await (await t.app.request('/api/timeline?member=GEO&from=2001-01&to=2001-01')).json()) as MemberSeries;
    const row = withdrawn.find((r) => r['iso3'] === 'GEO' && r['month'] === '2001-01')!;
    expect(geo.months[0]).toMatchObject({ cohesion: row['cohesion'], in_alliance: false });
    expect(typeof geo.months[0]!.cohesion).toBe('number');
  });

  it('names the components that are only their prior in a month (nothing on record fed them)', async () => {
    const t = testApp();
    store = t.store;
    const series = (await (await t.app.request('/api/timeline?member=KGZ&from=1992-06&to=2022-12')).json()) as MemberSeries;
    const panel = panelRows(indicatorEngine(t.workspace).series({ from: '1992-06', to: '2022-12', member: 'KGZ' }));
    for (const [i, m] of series.months.entries()) {
      const r = panel[i]!;
      const expected = COMPONENTS.filter((c) => r[`${c}_measured`] === false);
      expect(m.prior_only.sort()).toEqual(expected.sort());
    }
    expect(series.months[0]!.prior_only.length).toBeGreaterThan(0);
    expect(series.months.at(-1)!.in_alliance).toBe(true);
  });
});
