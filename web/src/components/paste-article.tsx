import { useState } from 'preact/hooks';
import { asRequestFailed, postJson, type RequestFailed } from '../api.js';
import { ErrorNote } from './notes.js';
import type { Ingestion, Meta } from '../types.js';

/** Paste a dated article: the coder proposes its events, which join the review queue. */
export function PasteArticle({ meta, token, onProposed }: { meta: Meta; token: string; onProposed: (first: string | undefined) => void }) {
  const [article, setArticle] = useState({ date: meta.today, url: '', text: '' });
  const [error, setError] = useState<RequestFailed | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { date: article.date, text: article.text, ...(article.url ? { url: article.url } : {}) };
      const r = await postJson<Ingestion>('/api/ingest', body, token);
      setDone(r.already ? 'This article was coded before: nothing new.' : `${r.proposed.length} event(s) proposed for review.`);
      onProposed(r.proposed[0]);
    } catch (err) {
      setError(asRequestFailed(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="card">
      <summary>Code a pasted article</summary>
      <form class="form-grid" onSubmit={submit} aria-label="Article to code">
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
            rows={6}
            value={article.text}
            onInput={(e) => setArticle({ ...article, text: (e.target as HTMLTextAreaElement).value })}
            required
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Coding…' : 'Propose events'}
        </button>
        {done && <p role="status">{done}</p>}
      </form>
      {error && <ErrorNote error={error} what="Coding" />}
    </details>
  );
}
