import { BlocError } from '../domain/index.js';

/** An expected failure of the store (wrong file, newer schema, bad input): its message is for users. */
export class StoreError extends BlocError {}

/** The store's write lock stayed held by another process past the busy timeout and every retry. */
export class StoreBusyError extends StoreError {
  constructor(message: string) {
    super(message, 503);
  }
}
