import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SimResult, SimulateOptions } from '../sim/index.js';
import { ApiError } from './errors.js';

/** How one simulation may run: stopped when `signal` aborts (the client left) or after `timeoutMs`. */
export interface SimJob {
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs: number;
}

/** A simulation as a route asks for it: the simulator's options, history and as-of day filled in by the caller. */
export type SimRequest = Omit<SimulateOptions, 'history' | 'asOf'> & { readonly asOf?: string | undefined };

/** Runs one simulation (the worker thread, or a stand-in in tests). */
export type Simulate = (request: SimRequest, job: SimJob) => Promise<SimResult>;

// Under vitest this module is TypeScript source, so its worker is too: it is started through tsx.
const source = import.meta.url.endsWith('.ts');
const WORKER = new URL(source ? './sim-worker.ts' : './sim-worker.js', import.meta.url);

function startWorker(options: SimulateOptions): Worker {
  if (!source) return new Worker(fileURLToPath(WORKER), { workerData: options });
  const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(WORKER.href)}); })`;
  return new Worker(boot, { eval: true, workerData: options });
}

/**
 * Runs one simulation in a worker thread, stopped when `signal` aborts (the client went away) or
 * after `timeoutMs` (a 503 that says what to ask instead).
 */
export function simulateInWorker(options: SimulateOptions, signal: AbortSignal | undefined, timeoutMs: number): Promise<SimResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ApiError(503, 'the client went away before the simulation started'));
    const worker = startWorker(options);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => finish(() => reject(new ApiError(503, 'simulation cancelled: the client went away')));
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new ApiError(503, `simulation stopped after ${Math.round(timeoutMs / 1000)} s: ask for fewer runs or a shorter horizon`)),
        ),
      timeoutMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (result: SimResult) => finish(() => resolve(result)));
    worker.once('error', (err) => finish(() => reject(err)));
    worker.once('exit', (code) => finish(() => reject(new Error(`simulation worker exited with code ${code}`))));
  });
}
