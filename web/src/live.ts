import { useEffect, useState } from 'preact/hooks';

const CHANGED = 'bloc:changed';

/** Says that this page changed the store (an accept, a retraction, an ingest), so counts elsewhere are asked again. */
export function announceChange(): void {
  dispatchEvent(new Event(CHANGED));
}

/** A number that grows with every change announced on this page: pass it to useApi to ask again. */
export function useChangeCount(): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    const on = () => setN((x) => x + 1);
    addEventListener(CHANGED, on);
    return () => removeEventListener(CHANGED, on);
  }, []);
  return n;
}
