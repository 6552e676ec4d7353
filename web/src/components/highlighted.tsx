import type { Extracted } from '../types.js';

/**
 * The article with each event's evidence marked. Text is only ever passed to Preact as text,
 * so markup in an article (a <script>, say) shows as characters and never runs.
 */
export function Highlighted({ text, events, active }: { text: string; events: readonly Extracted[]; active: number | undefined }) {
  const spans = events
    .map((e, i) => ({ ...e.span, i }))
    .filter((s): s is { start: number; end: number; i: number } => typeof s.start === 'number')
    .sort((a, b) => a.start - b.start);
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping evidence: the first one keeps the mark
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <mark key={s.i} id={`evidence-${s.i}`} class={active === s.i ? 'active' : undefined} data-event={s.i}>
        {text.slice(s.start, s.end)}
        <sup>{s.i + 1}</sup>
      </mark>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return (
    <div class="article-text" data-testid="article-text">
      {parts}
    </div>
  );
}
