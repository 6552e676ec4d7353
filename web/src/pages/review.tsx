import { useEffect, useState } from 'preact/hooks';
import { asRequestFailed, postJson, query, useApi, type RequestFailed } from '../api.js';
import { Highlighted } from '../components/highlighted.js';
import { useMembers } from '../components/names.js';
import { ErrorNote, Loading } from '../components/notes.js';
import { editsOf, formOf, ProposalEditor, type EditForm } from '../components/proposal-editor.js';
import { AuditLog } from '../components/audit-log.js';
import { PasteArticle } from '../components/paste-article.js';
import { announceChange } from '../live.js';
import { setParams } from '../router.js';
import type { AcceptAnswer, ChronicleEvent, Meta, Proposal, ProposalDetail } from '../types.js';
import { TokenField, useToken } from '../components/token-field.js';

const STATUSES = ['pending', 'accepted', 'rejected', 'retracted', 'all'] as const;

const eventLine = (e: Pick<ChronicleEvent, 'date' | 'type' | 'actor' | 'target' | 'summary'>) =>
  `${e.date} · ${e.type} · ${e.actor}${e.target ? ` → ${e.target}` : ''}: ${e.summary}`;

type Outcome = { kind: 'accepted'; answer: AcceptAnswer } | { kind: 'done'; text: string } | { kind: 'error'; error: RequestFailed };

function AcceptOutcome({ a }: { a: AcceptAnswer }) {
  if (!a.merged)
    return (
      <p role="status" data-testid="outcome">
        Accepted as a new event <code>{a.event.id}</code>: {eventLine(a.event)}.
      </p>
    );
  const kept = (['type', 'actor', 'target', 'date', 'summary'] as const).filter((k) => a.before && a.record[k] !== a.before[k]);
  return (
    <div role="status" data-testid="outcome">
      <p>
        Accepted: merged into <code>{a.event.id}</code> ({a.before ? eventLine(a.before) : ''}).{' '}
        {a.added_sources.length ? `It gains the source ${a.added_sources.join(', ')}.` : 'It already cited this source.'}
      </p>
      {kept.length > 0 && (
        <p class="note">
          Your edits ({kept.map((k) => `${k}: ${String(a.record[k])}`).join('; ')}) are kept with the review in the audit log; the existing
          event keeps its own.
        </p>
      )}
    </div>
  );
}

/** Review: the coder's proposals, newest first; read the evidence in its article, edit, accept, reject or retract. */
export function Review({ meta, selected, params }: { meta: Meta; selected: string | undefined; params: URLSearchParams }) {
  const { names } = useMembers(meta);
  const [token, setToken] = useToken();
  const [reviewer, setReviewer] = useState('analyst');
  // The queue's filter is in the URL (`#/review/ID?status=accepted`), so a link opens the same list.
  const [status, setStatus] = useState<(typeof STATUSES)[number]>(() => STATUSES.find((s) => s === params.get('status')) ?? 'pending');
  const inUrl = status === 'pending' ? '' : `?status=${status}`;
  const [version, setVersion] = useState(0);
  const list = useApi<{ total: number; proposals: Proposal[] }>(`/api/proposals${query({ status, limit: 200 })}`, version);
  const proposals = list.data;
  const id = selected ?? proposals?.proposals[0]?.id;
  const detail = useApi<ProposalDetail>(id ? `/api/proposals/${encodeURIComponent(id)}` : null, version);
  const [form, setForm] = useState<EditForm | undefined>();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [preview, setPreview] = useState<ChronicleEvent | null | undefined>();
  const p = detail.data?.proposal;

  useEffect(() => {
    if (p) setForm(formOf(p));
    setPreview(undefined);
  }, [p?.id, p?.status]);
  useEffect(() => setOutcome(undefined), [id]);

  const refresh = () => {
    setVersion((v) => v + 1);
    announceChange();
  };
  const act = async (what: 'accept' | 'reject' | 'retract') => {
    if (!p || !form) return;
    try {
      if (what === 'accept') {
        const e = editsOf(p, form);
        if ('problem' in e) return setOutcome({ kind: 'error', error: asRequestFailed(e.problem) });
        setOutcome({
          kind: 'accepted',
          answer: await postJson<AcceptAnswer>(`/api/proposals/${p.id}/accept`, { reviewer, edits: e.edits }, token),
        });
      } else {
        const body = reason.trim() ? { reviewer, reason: reason.trim() } : { reviewer };
        await postJson(`/api/proposals/${p.id}/${what}`, body, token);
        setOutcome({ kind: 'done', text: `${what === 'reject' ? 'Rejected' : 'Retracted'} by ${reviewer}.` });
        setReason('');
      }
      refresh();
    } catch (err) {
      setOutcome({ kind: 'error', error: asRequestFailed(err) });
    }
  };
  const check = async () => {
    if (!p || !form) return;
    const e = editsOf(p, form);
    if ('problem' in e) return setOutcome({ kind: 'error', error: asRequestFailed(e.problem) });
    try {
      setPreview((await postJson<{ merge_into: ChronicleEvent | null }>(`/api/proposals/${p.id}/preview`, { edits: e.edits })).merge_into);
      setOutcome(undefined);
    } catch (err) {
      setOutcome({ kind: 'error', error: asRequestFailed(err) });
    }
  };
  const mergeInto = preview === undefined ? detail.data?.merge_into : preview;

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">Review</h1>
      <form class="card form-grid" aria-label="Reviewer" onSubmit={(e) => e.preventDefault()}>
        <TokenField token={token} onToken={setToken} />
        <label>
          Reviewer{' '}
          <input name="reviewer" value={reviewer} onInput={(e) => setReviewer((e.target as HTMLInputElement).value)} maxLength={100} />
        </label>
        <label>
          Show
          <select
            name="status"
            value={status}
            onChange={(e) => {
              const next = (e.target as HTMLSelectElement).value as typeof status;
              setStatus(next);
              setParams(selected ? `review/${selected}` : 'review', { status: next === 'pending' ? undefined : next });
            }}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </form>
      <PasteArticle
        meta={meta}
        token={token}
        onProposed={(first) => (first ? (location.hash = `#/review/${first}`) : undefined, refresh())}
      />
      <div class="grid two">
        <div class="card">
          <h2>{proposals ? `${proposals.total} ${status === 'all' ? '' : `${status} `}proposal(s)` : 'Proposals'}</h2>
          {list.error && <ErrorNote error={list.error} what="Proposals" />}
          {!proposals ? (
            <Loading />
          ) : proposals.proposals.length === 0 ? (
            <p class="note">Nothing here. New proposals come from bloc watch, bloc ingest, or an article pasted above.</p>
          ) : (
            <ol class="proposals" data-testid="proposals">
              {proposals.proposals.map((x) => (
                <li key={x.id} aria-current={x.id === id ? 'true' : undefined}>
                  <a href={`#/review/${x.id}${inUrl}`} data-testid="proposal-link">
                    <span class="badge">{x.type}</span> {names.get(x.actor) ?? x.actor}
                    {x.target ? ` → ${names.get(x.target) ?? x.target}` : ''}, {x.date ?? 'no date'}
                  </a>
                  <small>
                    {' '}
                    reported {x.reported}
                    {x.url ? ` · ${new URL(x.url).host}` : ''}
                    {x.also.length ? ` · +${x.also.length} outlet(s)` : ''} · {x.status}
                  </small>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div class="card" data-testid="proposal">
          {detail.error && <ErrorNote error={detail.error} what="Proposal" />}
          {!p || !form ? (
            id ? (
              <Loading />
            ) : (
              <p class="note">Choose a proposal.</p>
            )
          ) : (
            <>
              <h2>
                {p.type} · {p.status}
              </h2>
              <p class="note">
                Confidence {p.confidence.toFixed(2)} · reported {p.reported}
                {p.url ? (
                  <>
                    {' '}
                    ·{' '}
                    <a href={p.url} rel="noreferrer noopener" target="_blank">
                      source
                    </a>
                  </>
                ) : (
                  ` · ${p.source}`
                )}
                {p.also.map((a) => (a.url ? ` · also ${new URL(a.url).host}` : ''))}
                {p.date === null ? ' · the text gives no date: set one to accept' : ''}
              </p>
              {detail.data?.article && <Highlighted text={detail.data.article.text} span={detail.data.article.span} />}
              <ProposalEditor form={form} onChange={setForm} disabled={p.status !== 'pending'} />
              {p.status === 'pending' && mergeInto && (
                <p class="note merge" data-testid="merge-preview">
                  Accepting merges into <code>{mergeInto.id}</code>: {eventLine(mergeInto)}
                </p>
              )}
              <label class="wide">
                Reason {p.status === 'accepted' ? '(required to retract)' : '(optional)'}{' '}
                <input name="reason" value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} maxLength={2000} />
              </label>
              <div class="actions">
                {p.status === 'pending' && (
                  <>
                    <button type="button" onClick={() => act('accept')}>
                      Accept
                    </button>
                    <button type="button" class="secondary" onClick={check}>
                      Check merge
                    </button>
                    <button type="button" class="secondary" onClick={() => act('reject')}>
                      Reject
                    </button>
                  </>
                )}
                {p.status === 'accepted' && (
                  <button type="button" class="secondary" onClick={() => act('retract')}>
                    Retract
                  </button>
                )}
              </div>
              {outcome?.kind === 'accepted' && <AcceptOutcome a={outcome.answer} />}
              {outcome?.kind === 'done' && (
                <p role="status" data-testid="outcome">
                  {outcome.text}
                </p>
              )}
              {outcome?.kind === 'error' && <ErrorNote error={outcome.error} what="Review" />}
              {p.decision && (
                <p class="note">
                  {p.status} by {p.decision.by}
                  {p.decision.auto ? ' (auto)' : ''} at {p.decision.at}
                  {p.decision.reason ? `: ${p.decision.reason}` : ''}
                  {p.event_id ? ` · event ${p.event_id}` : ''}
                </p>
              )}
            </>
          )}
        </div>
      </div>
      <AuditLog version={version} />
    </section>
  );
}
