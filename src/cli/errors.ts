import { BlocError } from '../domain/index.js';

/** A mistake in how a command was called or what it was given: printed as one line, exit 1 (or the code given). */
export class CliError extends BlocError {
  constructor(message: string, exitCode = 1) {
    super(message, 400, exitCode);
  }
}
