/** An expected failure of the store (wrong file, newer schema, bad input): its message is for users. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
