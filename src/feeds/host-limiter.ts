/**
 * At most one request per `intervalMs` to each host: a watcher following twenty feeds of one
 * outlet, and fetching each item's page, must not hammer it. Requests to a host wait their turn.
 */
export class HostLimiter {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Resolves when a request to the URL's host may go. */
  async wait(url: string): Promise<void> {
    if (this.intervalMs <= 0) return;
    const host = new URL(url).host;
    const now = this.clock();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}
