// Query parameters that say how a reader arrived, not which article it is.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|from|rss|at_medium|at_campaign)$/i;

/**
 * One key per article address (scheme-less, for deduplication), so the same story reached through two feeds (or with
 * tracking parameters) is taken once: lower-case scheme and host, no default port, no fragment,
 * no tracking parameters, no trailing slash on a path. http and https count as the same.
 */
export function urlKey(raw: string, base?: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
  const host = u.host.toLowerCase().replace(/^www\./, '');
  const query = u.searchParams.toString();
  return `//${host}${path}${query ? `?${query}` : ''}`;
}
