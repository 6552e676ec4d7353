import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The article with the evidence marked. Text is only ever passed to Preact as text, so markup in
 * an article (a <script>, say) shows as characters and never runs. In its box the article opens
 * scrolled to the evidence, wherever it lies; "Show the whole article" lets it flow in the page
 * instead, with no scroll box at all (on a phone it always does).
 */
export function Highlighted({ text, span }: { text: string; span: { start: number; end: number } | null }) {
  const box = useRef<HTMLDivElement>(null);
  const [whole, setWhole] = useState(false);
  // Whether the article is longer than its box: only then are the tools worth showing.
  const [long, setLong] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    setLong(whole || el.scrollHeight > el.clientHeight + 1);
    const mark = el.querySelector('mark');
    // Only the article's own box scrolls, never the page: the evidence starts a few lines below its top.
    if (mark && el.scrollHeight > el.clientHeight) el.scrollTop = Math.max(0, mark.offsetTop - 48);
  }, [text, span?.start, span?.end, whole]);
  return (
    <>
      <div class={`article-text${whole ? ' whole' : ''}`} data-testid="article-text" ref={box}>
        {span === null ? (
          text
        ) : (
          <>
            {text.slice(0, span.start)}
            <mark class="active">{text.slice(span.start, span.end)}</mark>
            {text.slice(span.end)}
          </>
        )}
      </div>
      {long && (
        <p class="article-tools">
          {span !== null && (
            <button type="button" class="secondary" onClick={() => box.current?.querySelector('mark')?.scrollIntoView({ block: 'center' })}>
              Go to the evidence
            </button>
          )}{' '}
          <button type="button" class="secondary" aria-pressed={whole} onClick={() => setWhole(!whole)}>
            {whole ? 'Show it in a box' : 'Show the whole article'}
          </button>
        </p>
      )}
    </>
  );
}
