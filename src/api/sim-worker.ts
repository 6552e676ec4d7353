// A simulation in its own thread: the server's event loop keeps answering reads while it runs, and
// the thread can be stopped at once when the client leaves or the time limit passes.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { simulateSync, type SimulateOptions } from '../sim/index.js';

try {
  // On Linux a priority set from a thread applies to that thread only: reads on the main thread come first.
  setPriority(19);
} catch {
  // Not permitted or not supported here: the simulation still runs, at normal priority.
}
parentPort!.postMessage(simulateSync(workerData as SimulateOptions));
