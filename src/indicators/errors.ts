import { BlocError } from '../domain/index.js';

/** Bad input to the indicators (a date out of range, an unknown member, nothing to compute from). */
export class IndicatorInputError extends BlocError {}
