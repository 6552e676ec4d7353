/** A bad simulator input (date, horizon, scenario field): the message names the field and the value. */
export class SimInputError extends Error {
  constructor(message: string) {
    super(message);
    // The CLI prints any error whose name ends in InputError as one line with exit 1.
    this.name = 'SimInputError';
  }
}
