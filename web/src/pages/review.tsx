import { useState } from 'preact/hooks';
import { asRequestFailed, postJson, type RequestFailed } from '../api.js';
import { Highlighted } from '../components/highlighted.js';
import { useMembers } from '../components/names.js';
import { ErrorNote } from '../components/notes.js';
import { dayRange } from '../status.js';
import type { Extracted, Meta } from '../types.js';

const TOKEN_KEY = 'bloc.token';

type Decision = { state: 'accepted' | 'rejected'; eventId: string; at: string } | { state: 'error'; error: RequestFailed };

/** Review: paste a dated article, see the extracted events in the text, accept or reject each one. */
export function Review({ meta }: { meta: Meta }) {
  const { names } = useMembers(meta);
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [reviewer, setReviewer] = useState('analyst');
  const [article, setArticle] = useState({ date: meta.today, url: '', title: '', text: '' });
  const [events, setEvents] = useState<Extracted[] | undefined>();
  const [text, setText] = useState('');
  const [summaries, setSummaries] = useState<string[]>([]);
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const [active, setActive] = useState<number | undefined>();
  const [error, setError] = useState<RequestFailed | undefined>();
  const [busy, setBusy] = useState(false);

  const extract = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        date: article.date,
        text: article.text,
        ...(article.url ? { url: article.url } : {}),
        ...(article.title ? { title: article.title } : {}),
      };
      const r = await postJson<{ events: Extracted[] }>('/api/extract', body, token);
      setEvents(r.events);
      setText(article.text);
      setSummaries(r.events.map((x) => x.draft.summary));
      setDecisions({});
    } catch (err) {
      setEvents(undefined);
      setError(asRequestFailed(err));
    } finally {
      setBusy(false);
    }
  };

  const decide = async (i: number, decision: 'accepted' | 'rejected') => {
    const x = events?.[i];
    if (!x) return;
    try {
      const r = await postJson<{ event_id: string; at: string }>(
        '/api/review',
        { decision, reviewer, event: { ...x.draft, summary: summaries[i] ?? x.draft.summary } },
        token,
      );
      setDecisions({ ...decisions, [i]: { state: decision, eventId: r.event_id, at: r.at } });
    } catch (err) {
      setDecisions({ ...decisions, [i]: { state: 'error', error: asRequestFailed(err) } });
    }
  };

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">Review</h1>
      <form class="card form-grid" onSubmit={extract} aria-label="Article to code">
        <label>
          Write token
          <input
            type="password"
            name="token"
            autocomplete="off"
            value={token}
            onInput={(e) => {
              const v = (e.target as HTMLInputElement).value;
              setToken(v);
              sessionStorage.setItem(TOKEN_KEY, v);
            }}
            required
          />
        </label>
        <label>
          Reviewer{' '}
          <input
            name="reviewer"
            value={reviewer}
            onInput={(e) => setReviewer((e.target as HTMLInputElement).value)}
            required
            maxLength={100}
          />
        </label>
        <label>
          Article date{' '}
          <input
            type="date"
            name="date"
            value={article.date}
            onChange={(e) => setArticle({ ...article, date: (e.target as HTMLInputElement).value })}
            required
          />
        </label>
        <label>
          Source URL (optional){' '}
          <input
            type="url"
            name="url"
            value={article.url}
            onInput={(e) => setArticle({ ...article, url: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label class="wide">
          Article text
          <textarea
            name="text"
            rows={10}
            value={article.text}
            onInput={(e) => setArticle({ ...article, text: (e.target as HTMLTextAreaElement).value })}
            required
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Extracting…' : 'Extract events'}
        </button>
      </form>
      {error && <ErrorNote error={error} what="Extraction" />}
      {events && (
        <div class="grid two">
          <div class="card">
            <h2>The article</h2>
            <Highlighted text={text} events={events} active={active} />
          </div>
          <div class="card">
            <h2>{events.length === 0 ? 'No events found' : `${events.length} extracted event${events.length > 1 ? 's' : ''}`}</h2>
            <ol class="extracted">
              {events.map((x, i) => {
                const d = decisions[i];
                return (
                  <li key={i} data-testid="extracted-event" onFocusCapture={() => setActive(i)} onMouseEnter={() => setActive(i)}>
                    <p>
                      <strong>{i + 1}.</strong> <span class="badge">{x.draft.type}</span> {names.get(x.draft.actor) ?? x.draft.actor}
                      {x.draft.target ? ` → ${names.get(x.draft.target) ?? x.draft.target}` : ''}, {x.draft.date} (confidence{' '}
                      {x.coded.confidence.toFixed(2)})
                    </p>
                    <label>
                      Summary
                      <input
                        value={summaries[i] ?? ''}
                        onInput={(e) => setSummaries(summaries.map((s, j) => (j === i ? (e.target as HTMLInputElement).value : s)))}
                      />
                    </label>
                    {d?.state === 'accepted' || d?.state === 'rejected' ? (
                      <p role="status">
                        {d.state === 'accepted' ? 'Accepted' : 'Rejected'} by {reviewer} at {d.at}.{' '}
                        {d.state === 'accepted' && (
                          <a href={`#/timeline?actor=${x.draft.actor}&from=${dayRange(x.draft.date).from}&to=${dayRange(x.draft.date).to}`}>
                            See it in the timeline →
                          </a>
                        )}
                      </p>
                    ) : (
                      <div class="actions">
                        <button type="button" onClick={() => decide(i, 'accepted')}>
                          Accept
                        </button>
                        <button type="button" class="secondary" onClick={() => decide(i, 'rejected')}>
                          Reject
                        </button>
                      </div>
                    )}
                    {d?.state === 'error' && <ErrorNote error={d.error} what="Review" />}
                  </li>
                );
              })}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
