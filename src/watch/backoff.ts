/** Longest wait before trying a failing feed again. */
export const MAX_BACKOFF_MS = 24 * 3600 * 1000;

/**
 * When to poll a feed next: after the interval when it answered, else after the interval doubled
 * for each failure in a row (1, 2, 4, … times), never more than a day, so a dead feed is tried
 * daily and a flaky one soon.
 */
export function nextPollAt(at: Date, intervalMs: number, failures: number): string {
  const wait = failures === 0 ? intervalMs : Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.min(failures - 1, 20));
  return new Date(at.getTime() + wait).toISOString();
}
