import { pollFeed } from './poll-feed.js';
import type { CycleSummary, FeedReport, WatchDeps, WatchProgress, WatchState } from './types.js';

/**
 * Follows a set of feeds: `cycle()` polls each feed that is due once (cron's `bloc watch --once`),
 * `run()` repeats until stopped. A feed in back-off after errors is skipped until its time comes;
 * in a long run every feed waits for its own next poll.
 */
export class Watcher {
  private state: { running: boolean; cycle: WatchState['cycle']; last: CycleSummary | null; reports: Map<string, FeedReport> } = {
    running: false,
    cycle: null,
    last: null,
    reports: new Map(),
  };

  constructor(
    private readonly deps: WatchDeps,
    readonly feeds: readonly string[],
    private readonly onProgress: (p: WatchProgress) => void = () => {},
  ) {
    deps.store.feeds.register(feeds);
  }

  /** A copy of the current state. */
  status(): WatchState {
    return {
      running: this.state.running,
      feeds: [...this.feeds],
      cycle: this.state.cycle,
      last: this.state.last,
      reports: [...this.state.reports.values()],
    };
  }

  // Due: never polled, past its next poll, or (once, for cron) anything not backing off.
  private due(url: string, strict: boolean): string | null {
    const s = this.deps.store.feeds.get(url);
    if (!s || s.next_poll_at === null) return null;
    if ((strict || s.failures > 0) && s.next_poll_at > this.deps.now().toISOString())
      return s.failures > 0 ? `backing off after ${s.failures} failure(s) until ${s.next_poll_at}` : `next poll at ${s.next_poll_at}`;
    return null;
  }

  /** Polls every feed that is due, a few at a time; returns the summary of the pass. */
  async cycle(opts: { strict?: boolean; signal?: AbortSignal } = {}): Promise<CycleSummary> {
    const started = this.deps.now().toISOString();
    const total = this.feeds.length;
    this.state.cycle = { started_at: started, done: 0, total };
    this.onProgress({ kind: 'cycle', feeds: total, at: started });
    const reports: FeedReport[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < this.feeds.length && !opts.signal?.aborted) {
        const url = this.feeds[next++]!;
        const wait = this.due(url, opts.strict ?? false);
        const report: FeedReport =
          wait === null
            ? await pollFeed(url, this.deps)
            : {
                url,
                state: 'skipped',
                title: null,
                items: 0,
                fresh: 0,
                proposals: 0,
                accepted: 0,
                item_errors: 0,
                message: wait,
                next_poll_at: null,
              };
        reports.push(report);
        // A long run passes over feeds that are not due yet every tick: keep their last real poll.
        if (report.state !== 'skipped' || !this.state.reports.has(url)) this.state.reports.set(url, report);
        this.state.cycle = { started_at: started, done: reports.length, total };
        if (report.state !== 'skipped' || !opts.strict) this.onProgress({ kind: 'feed', report, done: reports.length, total });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(this.deps.concurrency, total)) }, worker));
    const count = (s: FeedReport['state']) => reports.filter((r) => r.state === s).length;
    const summary: CycleSummary = {
      started_at: started,
      finished_at: this.deps.now().toISOString(),
      feeds: total,
      ok: count('ok'),
      not_modified: count('not_modified'),
      errors: count('error'),
      skipped: count('skipped'),
      fresh: reports.reduce((n, r) => n + r.fresh, 0),
      proposals: reports.reduce((n, r) => n + r.proposals, 0),
      accepted: reports.reduce((n, r) => n + r.accepted, 0),
    };
    this.state.cycle = null;
    this.state.last = summary;
    this.onProgress({ kind: 'done', summary });
    return summary;
  }

  /** Polls until the signal stops it, each feed when it is due; checks every `tickMs`. */
  async run(signal: AbortSignal, tickMs = 30_000, afterCycle: (s: CycleSummary) => void = () => {}): Promise<void> {
    this.state.running = true;
    try {
      while (!signal.aborted) {
        const s = await this.cycle({ strict: true, signal });
        afterCycle(s);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, tickMs);
          signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
        });
      }
    } finally {
      this.state.running = false;
    }
  }
}
