import { describe, expect, it } from 'vitest';
import { dayOf, statusOn } from '../domain/index.js';
import { prepareIndicators } from './engine.js';
import { explain } from './explain.js';
import { PANEL_COLUMNS, panelRows } from './panel.js';
import { Roster } from './roster.js';
import { FOUR, ev, input, member } from './test-helpers/fixtures.js';

const SRC = 'https://example.org/x';
const UZB = member('UZB', 704, '1992-05-15', [
  { status: 'withdrawn', from: '1999-04-20', to: '2006-08-15', basis: 'de_jure', source: SRC },
  { status: 'member', from: '2006-08-16', to: '2012-06-27', basis: 'de_jure', source: SRC },
  { status: 'suspended', from: '2012-06-28', to: null, basis: 'de_jure', source: SRC },
]);

describe('panel', () => {
  it('panelRows() gives one row per member per month with ISO3 and COW codes', () => {
    const s = prepareIndicators(input([], [], [...FOUR, UZB])).series({ from: '2012-05', to: '2012-07' });
    const rows = panelRows(s);
    expect(rows).toHaveLength(3 * 5);
    expect(rows.find((r) => r['iso3'] === 'UZB' && r['month'] === '2012-07')).toMatchObject({
      cow: 704,
      status_de_facto: 'suspended',
      in_alliance: true,
    });
    for (const r of rows) expect(Object.keys(r)).toEqual(PANEL_COLUMNS);
  });

  it('Roster reads the same status as the domain statusOn() on every sampled day', () => {
    const roster = new Roster([UZB]);
    for (const day of ['1992-05-14', '1992-05-15', '1999-04-19', '1999-04-20', '2006-08-16', '2012-06-28', '2024-01-01']) {
      expect(roster.deFacto(0, dayOf(day))).toBe(statusOn(UZB, day).status);
    }
  });
});

describe('explain', () => {
  it('explain() names the boycott as what lowered participation', () => {
    const boycott = ev('exercise.boycotted', 'ARM', 'KAZ', '2022-09-20');
    const eng = prepareIndicators(input([ev('exercise.held', 'KAZ', 'CSTO', '2022-09-25', { participants: ['KAZ', 'RUS'] }), boycott]));
    const [arm] = explain(eng, '2022-10-21', 'ARM');
    const top = arm!.movers.filter((m) => m.component === 'participation')[0]!;
    expect(top).toMatchObject({ ref: boycott.id, type: 'exercise.boycotted' });
    expect(top.effect).toBeLessThan(0);
  });
});
