import type { ComponentChildren } from 'preact';

/**
 * The words of a search as one pattern. The index stems words (drills finds drilled), so each word
 * is matched by its stem-like start: all but its last two letters, at least four.
 */
export function searchPattern(q: string | undefined): RegExp | undefined {
  const stems = (q ?? '')
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, Math.max(4, w.length - 2)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return stems.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})[\\p{L}\\p{N}]*`, 'giu') : undefined;
}

/** Text with the words a search found marked; the text is only ever passed to Preact as text. */
export function Marked({ text, pattern }: { text: string; pattern: RegExp | undefined }): ComponentChildren {
  if (!pattern) return text;
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out.push(text.slice(last, m.index), <mark key={m.index}>{m[0]}</mark>);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}
