/**
 * The article with the evidence marked. Text is only ever passed to Preact as text, so markup in
 * an article (a <script>, say) shows as characters and never runs.
 */
export function Highlighted({ text, span }: { text: string; span: { start: number; end: number } | null }) {
  return (
    <div class="article-text" data-testid="article-text">
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
  );
}
