import { BlocError } from '../domain/index.js';

/** An expected failure of the store (wrong file, newer schema, bad input): its message is for users. */
export class StoreError extends BlocError {}
