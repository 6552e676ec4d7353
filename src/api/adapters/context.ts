import type { Store } from '../../store/index.js';

/** What an adapter gets on each call: the store, today, and a memo that lives as long as the store state. */
export interface AdapterContext {
  readonly store: Store;
  readonly today: string;
  /** Computes once per store state (and key); cleared whenever the chronicle changes. */
  memo<T>(key: string, compute: () => T): T;
}
