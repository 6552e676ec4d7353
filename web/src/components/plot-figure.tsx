import { useEffect, useRef } from 'preact/hooks';

/** Mounts a chart built by Observable Plot (or any DOM node) and rebuilds it when `deps` change. */
export function PlotFigure({
  build,
  deps,
  label,
  testId,
}: {
  build: (width: number) => Element;
  deps: readonly unknown[];
  label: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const node = build(Math.max(280, el.clientWidth || 640));
    el.replaceChildren(node);
    return () => node.remove();
    // The caller names what the figure depends on, as with any hook's dependency list.
  }, deps);
  return <div class="figure" ref={ref} role="img" aria-label={label} data-testid={testId} />;
}
