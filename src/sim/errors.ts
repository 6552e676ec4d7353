import { BlocError } from '../domain/index.js';

/** A bad simulator input (date, horizon, scenario field): the message names the field and the value. */
export class SimInputError extends BlocError {}
