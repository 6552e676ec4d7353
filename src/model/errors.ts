/** A request the model cannot assess (e.g. the requester was not a member on the date); the message names the field. */
export class ModelInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ModelInputError';
  }
}
