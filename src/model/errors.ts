import { BlocError } from '../domain/index.js';

/** A request the model cannot assess (e.g. the requester was not a member on the date); the message names the field. */
export class ModelInputError extends BlocError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
