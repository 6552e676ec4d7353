/** An expected failure of the store (wrong file, newer schema, bad input): its message is for users. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The store's write lock stayed held by another process past the busy timeout and every retry. */
export class StoreBusyError extends StoreError {
  constructor(message: string) {
    super(message);
    this.name = 'StoreBusyError';
  }
}
