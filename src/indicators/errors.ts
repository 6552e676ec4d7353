/**
 * Bad input to the indicators (a date out of range, an unknown member, nothing to compute from).
 * The name ends in `InputError` so the CLI's single handler prints it as one line and exits 1.
 */
export class IndicatorInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndicatorInputError';
  }
}
