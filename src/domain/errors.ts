/** The HTTP statuses an expected failure can map to. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 503;

/**
 * The root of bloc's expected failures: bad input or a refused operation whose message is written for
 * the user. The CLI prints it as one line (exit 1, or its own code), the API answers with its status
 * (400 unless said otherwise); anything else is a bug and is reported as such.
 */
export class BlocError extends Error {
  constructor(
    message: string,
    /** The HTTP status the API answers with. */
    readonly status: ErrorStatus = 400,
    /** The exit code the CLI ends with. */
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
