import type { CodedEvent } from '../domain/index.js';

/**
 * Votes reported in one article are votes on one resolution, so an undated vote takes the
 * date of a dated vote in the same article: the context clearly dates it.
 */
export function fillSiblingDates(events: readonly CodedEvent[]): CodedEvent[] {
  const dated = events.find((e) => e.type === 'un.vote' && e.date !== null);
  if (!dated) return [...events];
  return events.map((e) => (e.type === 'un.vote' && e.date === null ? { ...e, date: dated.date } : e));
}
