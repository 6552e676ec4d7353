import type { RequestFailed } from '../api.js';

/** Says plainly that a module has not landed, instead of showing made-up figures. */
export function Unavailable({ what }: { what: string }) {
  return (
    <p class="note unavailable" role="status">
      {what} is not available yet: the module behind it has not landed in this build of bloc.
    </p>
  );
}

/** An API failure: "not available yet" for 503, the server's message otherwise. */
export function ErrorNote({ error, what }: { error: RequestFailed; what: string }) {
  if (error.status === 503 && /not available yet/.test(error.message)) return <Unavailable what={what} />;
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
