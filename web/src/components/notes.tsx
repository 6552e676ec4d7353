import type { RequestFailed } from '../api.js';

/** An API failure, with the server's message. */
export function ErrorNote({ error, what }: { error: RequestFailed; what: string }) {
  return (
    <p class="note error" role="alert">
      {what}: {error.message}
    </p>
  );
}

/** A quiet loading line, announced to screen readers. */
export function Loading() {
  return (
    <p class="note" role="status" aria-live="polite">
      Loading…
    </p>
  );
}
