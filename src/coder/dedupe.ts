import type { CodedEvent } from '../domain/index.js';
import { intervalOf as dateToSpan } from '../domain/index.js';

function nests(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const x = dateToSpan(a),
    y = dateToSpan(b);
  return (x.first >= y.first && x.last <= y.last) || (y.first >= x.first && y.last <= x.last);
}

const precision = (d: string | null): number => (d === null ? 0 : d.length);

/**
 * One real-world event is one record per article: records with the same type, actor and target
 * whose dates nest (or one is undated) are merged, keeping the most precise date and the
 * highest confidence.
 */
export function dedupe(events: readonly CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of events) {
    const i = out.findIndex((o) => o.type === e.type && o.actor === e.actor && o.target === e.target && nests(o.date, e.date));
    if (i < 0) {
      out.push(e);
      continue;
    }
    const o = out[i]!;
    const keep = precision(e.date) > precision(o.date) ? e : o;
    out[i] = { ...keep, confidence: Math.max(o.confidence, e.confidence) } as CodedEvent;
  }
  return out;
}
