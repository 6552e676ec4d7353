import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A wide table's frame: it scrolls sideways only when the table cannot fit, and then says so above
 * it (and can be scrolled with the keyboard), so no column is hidden without a word.
 */
export function ScrollX({ label, children }: { label: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const watch = new ResizeObserver(check);
    watch.observe(el);
    if (el.firstElementChild) watch.observe(el.firstElementChild);
    return () => watch.disconnect();
  }, []);
  return (
    <div class="scroll-x-frame">
      {overflows && (
        <p class="scroll-hint" data-testid="scroll-hint">
          This table scrolls sideways for more columns →
        </p>
      )}
      <div class="scroll-x" ref={ref} role="region" aria-label={label} tabIndex={overflows ? 0 : -1}>
        {children}
      </div>
    </div>
  );
}
