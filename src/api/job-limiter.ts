import { ApiError } from './errors.js';

/** How many costly jobs run at once, how many may wait, and for how long one may run. */
export interface JobLimits {
  readonly running: number;
  readonly queued: number;
  readonly timeoutMs: number;
}

/** Simulations: one at a time per core left after the server's own, a short queue, a minute each. */
export const SIMULATION_LIMITS: JobLimits = { running: 1, queued: 4, timeoutMs: 60_000 };

/**
 * A small concurrency cap with a queue for costly work (simulations): beyond the queue a request
 * is refused at once with 429, and a queued job whose client leaves is dropped before it starts.
 */
export class JobLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limits: JobLimits) {}

  /** Jobs running and waiting now. */
  load(): { running: number; queued: number } {
    return { running: this.active, queued: this.waiting.length };
  }

  async run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.active >= this.limits.running) {
      if (this.waiting.length >= this.limits.queued)
        throw new ApiError(429, `too many simulations: ${this.active} running and ${this.waiting.length} waiting; try again shortly`);
      await new Promise<void>((resolve, reject) => {
        const go = () => {
          signal?.removeEventListener('abort', leave);
          resolve();
        };
        const leave = () => {
          const i = this.waiting.indexOf(go);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(new ApiError(503, 'the client went away while its simulation was queued'));
        };
        signal?.addEventListener('abort', leave, { once: true });
        this.waiting.push(go);
      });
    } else this.active++;
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next job, so the count of running jobs never overshoots.
      if (next) next();
      else this.active--;
    }
  }
}
