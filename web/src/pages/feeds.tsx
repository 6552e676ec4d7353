import { useState } from 'preact/hooks';
import { asRequestFailed, postJson, useApi, type RequestFailed } from '../api.js';
import { pollWords } from '../components/freshness.js';
import { ErrorNote, Loading } from '../components/notes.js';
import type { FeedList, Meta } from '../types.js';
import { TokenField, useToken } from '../components/token-field.js';

const when = (t: string | null): string => (t === null ? '—' : `${t.slice(0, 16).replace('T', ' ')}`);

/** Feeds: each followed feed's state (last poll, failures, back-off, items, proposals) and the watcher's progress. */
export function Feeds({ meta }: { meta: Meta }) {
  const [version, setVersion] = useState(0);
  const feeds = useApi<FeedList>('/api/feeds', version);
  const [token, setToken] = useToken();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RequestFailed | undefined>();
  const w = feeds.data?.watcher ?? null;

  const poll = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await postJson('/api/feeds/poll', {}, token);
      setVersion((v) => v + 1);
    } catch (err) {
      setError(asRequestFailed(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="feeds-title">
      <h1 id="feeds-title">Feeds</h1>
      <div class="card">
        <p>
          {meta.watching
            ? `This server follows ${w?.feeds.length ?? 0} feed(s)${w?.cycle ? `: polling, ${w.cycle.done} of ${w.cycle.total} done` : ''}.`
            : 'This server does not follow feeds itself: run bloc watch --once (from cron) or start it with bloc serve --watch.'}{' '}
          Last poll: {pollWords(feeds.data?.freshness.last_poll ?? meta.freshness.last_poll)}.{' '}
          <a href="#/review">{feeds.data?.freshness.pending ?? meta.freshness.pending} proposal(s) wait for review</a>.
        </p>
        {w?.last && (
          <p class="note" data-testid="last-pass">
            Last pass {when(w.last.finished_at)} UTC: {w.last.ok} ok, {w.last.not_modified} not modified, {w.last.errors} failed,{' '}
            {w.last.skipped} backing off; {w.last.fresh} new item(s), {w.last.proposals} proposal(s).
          </p>
        )}
        {meta.watching && (
          <form class="form-grid" aria-label="Poll now" onSubmit={(e) => (e.preventDefault(), void poll())}>
            <TokenField token={token} onToken={setToken} required />
            <button type="submit" disabled={busy}>
              {busy ? 'Polling…' : 'Poll now'}
            </button>
          </form>
        )}
        {error && <ErrorNote error={error} what="Poll" />}
      </div>
      <div class="card">
        {feeds.error && <ErrorNote error={feeds.error} what="Feeds" />}
        {!feeds.data ? (
          <Loading />
        ) : feeds.data.feeds.length === 0 ? (
          <p class="note">No feed has been polled yet.</p>
        ) : (
          <div class="scroll">
            <table class="compact feeds" data-testid="feeds-table">
              <caption>Each feed as the store keeps it between runs</caption>
              <thead>
                <tr>
                  <th scope="col">Feed</th>
                  <th scope="col">State</th>
                  <th scope="col">Last poll (UTC)</th>
                  <th scope="col" class="num">
                    Failures
                  </th>
                  <th scope="col">Next poll (UTC)</th>
                  <th scope="col" class="num">
                    Items
                  </th>
                  <th scope="col" class="num">
                    Proposals
                  </th>
                  <th scope="col">Last error</th>
                </tr>
              </thead>
              <tbody>
                {feeds.data.feeds.map((f) => (
                  <tr key={f.url} class={f.state === 'error' ? 'failing' : undefined}>
                    <th scope="row">
                      {f.title ?? ''}
                      <br />
                      <small>{f.url}</small>
                    </th>
                    <td>{f.state.replace('_', ' ')}</td>
                    <td>{when(f.last_polled_at)}</td>
                    <td class="num">{f.failures}</td>
                    <td>{when(f.next_poll_at)}</td>
                    <td class="num">{f.items}</td>
                    <td class="num">{f.proposals}</td>
                    <td>{f.last_error ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
