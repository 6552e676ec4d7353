import { useEffect, useState } from 'preact/hooks';

/** The page and its parameters, read from the URL hash (`#/member/KAZ?asOf=…`). */
export interface Route {
  readonly page: string;
  readonly arg: string | undefined;
  readonly params: URLSearchParams;
}

/** Parses a hash such as `#/timeline?actor=KGZ`. */
export function parseHash(hash: string): Route {
  const [path = '', q = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page = '', arg] = path.split('/');
  return { page: page || 'overview', arg: arg ? decodeURIComponent(arg) : undefined, params: new URLSearchParams(q) };
}

/** The current route; hash routing keeps every page a plain static file for `bloc serve`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

/**
 * Replaces the query of the current page without adding a history entry per keystroke: every
 * view writes what it shows here, so its URL is a permalink that reproduces it.
 */
export function setParams(page: string, params: Record<string, string | undefined>): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  history.replaceState(null, '', `#/${page}${s ? `?${s}` : ''}`);
}

/** The values of `keys` in the URL, each falling back to its default. */
export function paramsOr<K extends string>(params: URLSearchParams, defaults: Readonly<Record<K, string>>): Record<K, string> {
  const out: Record<K, string> = { ...defaults };
  for (const k of Object.keys(defaults) as K[]) {
    const v = params.get(k);
    if (v !== null && v !== '') out[k] = v;
  }
  return out;
}
