import { describe, expect, it } from 'vitest';
import { dayOf as dayOfIso, spanToDate } from '../domain/index.js';
import { findDateCues } from './date-cues.js';

const at = (sentence: string, today: string, future = false): (string | null)[] =>
  findDateCues(sentence, { today: dayOfIso(today), future }).map((c) => (c.span === 'inherit' ? 'inherit' : spanToDate(c.span)));

describe('findDateCues()', () => {
  it('gives mid-, early and late months at month precision, never a day', () => {
    expect(at('Fighting broke out in mid-September.', '2022-10-21')).toEqual(['2022-09']);
    expect(at('The drills ended in late March 2021.', '2022-10-21')).toEqual(['2021-03']);
  });
  it('resolves a bare weekday to the latest such day up to the article', () => {
    expect(at('The minister said on Thursday that talks failed.', '2010-06-25')).toEqual(['2010-06-24']);
    expect(at('The envoy will arrive on Friday.', '2010-06-23', true)).toEqual(['2010-06-25']);
  });
  it('keeps last week to its month, and drops to the year when the week straddles two months', () => {
    expect(at('The parade took place last week.', '2022-10-21')).toEqual(['2022-10']);
    expect(at('The parade took place last week.', '2022-10-04')).toEqual(['2022']);
  });
  it('reads last month, last year and a month without a year', () => {
    expect(at('Prices rose last month.', '2023-01-10')).toEqual(['2022-12']);
    expect(at('In November, the talks resumed.', '2023-02-08')).toEqual(['2022-11']);
  });
  it('marks shortly thereafter as inheriting the previous date', () => {
    expect(at('Shortly thereafter the border closed.', '2022-10-21')).toEqual(['inherit']);
  });
  it('does not take the verb "may" or "march" for a month', () => {
    expect(at('Officials may march in the square.', '2022-10-21')).toEqual([]);
  });
});
