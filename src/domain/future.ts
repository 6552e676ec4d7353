import { dayOf, intervalOf } from './dates.js';

/**
 * Why a record's date is implausibly far ahead, or undefined: an event may be dated up to a year
 * after the day it was reported (an announced drill or summit), or after today when it has no
 * reported date; beyond that it is almost always a typo (2099) and would stretch every series.
 */
export function futureDateProblem(date: string, reported: string | undefined, today: string): string | undefined {
  const ref = reported ?? today;
  const limit = dayOf(`${Number(ref.slice(0, 4)) + 1}${ref.slice(4)}`.replace(/-02-29$/, '-02-28'));
  if (intervalOf(date).first <= limit) return undefined;
  const what = reported !== undefined ? `the reported date ${reported}` : `today (${today})`;
  return `${date} is more than a year after ${what}; pass --allow-future for an announced event`;
}
