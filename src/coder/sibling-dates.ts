import type { CodedEvent } from '../domain/index.js';
import { intervalOf as dateToSpan } from '../domain/index.js';

/**
 * Votes reported in one article are votes on one resolution, so an undated vote takes the
 * date of a dated vote in the same article: the context clearly dates it.
 */
export function fillSiblingDates(events: readonly CodedEvent[]): CodedEvent[] {
  const dated = events.find((e) => e.type === 'un.vote' && e.date !== null);
  if (!dated) return [...events];
  return events.map((e) => (e.type === 'un.vote' && e.date === null ? { ...e, date: dated.date } : e));
}

// A boycott reported in the week after the exercise opened ("its ministry said on Thursday") dates the report.
const reportedSoonAfter = (held: string, told: string): boolean => {
  if (held.length !== 10 || told.length !== 10) return false;
  const gap = dateToSpan(told).first - dateToSpan(held).first;
  return gap > 0 && gap <= 7;
};
const inside = (day: string, outer: string): boolean => {
  const a = dateToSpan(day),
    b = dateToSpan(outer);
  return a.first >= b.first && a.last <= b.last;
};

/**
 * Staying away from an exercise happens when it is held: a boycott of a host whose exercise the
 * article dates, and that the boycott's own date leaves open ("this year", none), takes that date.
 */
export function boycottDates(events: readonly CodedEvent[]): CodedEvent[] {
  return events.map((e) => {
    if (e.type !== 'exercise.boycotted') return e;
    const held = events.find(
      (h) =>
        h.type === 'exercise.held' &&
        h.actor === e.target &&
        h.date !== null &&
        (e.date === null || (h.date.length > e.date.length && inside(h.date, e.date)) || reportedSoonAfter(h.date, e.date)),
    );
    return held ? { ...e, date: held.date } : e;
  });
}
