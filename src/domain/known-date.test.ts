import { describe, expect, it } from 'vitest';
import { dayOf } from './dates.js';
import { knownDay } from './known-date.js';

describe('knownDay()', () => {
  it('is the day itself for a day-precise event with no report date', () => {
    expect(knownDay({ date: '2022-01-05' })).toBe(dayOf('2022-01-05'));
  });
  it('waits for the end of the month for a month-precise event', () => {
    expect(knownDay({ date: '2022-10' })).toBe(dayOf('2022-10-31'));
  });
  it('takes the later of the date and the report', () => {
    expect(knownDay({ date: '2022-01-05', reported: '2022-01-20' })).toBe(dayOf('2022-01-20'));
    expect(knownDay({ date: '2022-10', reported: '2022-10-14' })).toBe(dayOf('2022-10-14'));
  });
});
