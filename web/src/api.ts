import { useEffect, useState } from 'preact/hooks';

/** A failed API call: the server's JSON message and status. */
export class RequestFailed extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Any failure of a call as a RequestFailed; one that never reached the server has status 0. */
export function asRequestFailed(err: unknown): RequestFailed {
  return err instanceof RequestFailed ? err : new RequestFailed(0, String(err));
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => ({ message: `${res.status} ${res.statusText}` }))) as {
    message?: string;
    issues?: { path: string; message: string }[];
  };
  if (!res.ok) {
    const detail = body.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new RequestFailed(res.status, detail ? `${body.message ?? 'error'} (${detail})` : (body.message ?? `error ${res.status}`));
  }
  return body as T;
}

/** GET a JSON endpoint. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(path, signal ? { signal } : {}));
}

/** POST JSON, with the bearer token for write endpoints. */
export async function postJson<T>(path: string, body: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  return parse<T>(await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) }));
}

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: RequestFailed | undefined;
  readonly loading: boolean;
}

/** Fetches a GET endpoint whenever `path` (or `version`) changes (null fetches nothing); stale answers are dropped. */
export function useApi<T>(path: string | null, version = 0): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: path !== null });
  useEffect(() => {
    if (path === null) return undefined;
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    getJson<T>(path, ctrl.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (err: unknown) => {
        if (ctrl.signal.aborted) return;
        setState({ data: undefined, error: asRequestFailed(err), loading: false });
      },
    );
    return () => ctrl.abort();
  }, [path, version]);
  return state;
}
