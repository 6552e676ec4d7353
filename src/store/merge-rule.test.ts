import { describe, expect, it } from 'vitest';
import { datesOverlap, mergeConflict, type MergeCandidate } from './merge-rule.js';

const clash = (over: Partial<MergeCandidate> = {}): MergeCandidate => ({
  type: 'clash',
  actor: 'TJK',
  target: 'KGZ',
  date: '2030-10-05',
  ...over,
});

describe('the merge rule', () => {
  it('lets a month and a day inside it overlap, and two days apart not', () => {
    expect(datesOverlap('2030-10', '2030-10-05')).toBe(true);
    expect(datesOverlap('2030-10-05', '2030-10-07')).toBe(false);
    expect(datesOverlap('2030', '2031-01')).toBe(false);
  });

  it('allows a merge only for the same act on overlapping dates', () => {
    expect(mergeConflict(clash(), clash({ date: '2030-10' }))).toBeUndefined();
    expect(mergeConflict(clash(), clash({ date: '2030-10-07' }))).toBe('dates that do not overlap');
    expect(mergeConflict(clash(), clash({ type: 'exercise.held' }))).toBe('different types');
    expect(mergeConflict(clash(), clash({ target: 'UZB' }))).toBe('different actors');
  });

  it('refuses details, places or claimants that disagree, but not ones only one side gives', () => {
    expect(mergeConflict(clash({ details: { fatalities: 2 } }), clash({ details: { fatalities: 3 } }))).toBe(
      'different details.fatalities',
    );
    expect(mergeConflict(clash({ details: { fatalities: 2 } }), clash())).toBeUndefined();
    expect(mergeConflict(clash({ location: { name: 'Vorukh' } }), clash({ location: { name: 'Kok-Tash' } }))).toBe('different locations');
    expect(mergeConflict(clash({ location: { name: 'Vorukh' } }), clash({ location: { name: 'Vorukh', lat: 39.8 } }))).toBeUndefined();
    expect(mergeConflict(clash({ claimed_by: 'KGZ' }), clash({ claimed_by: 'TJK' }))).toBe('different claimants');
  });
});
