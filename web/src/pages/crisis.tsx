import { useState } from 'preact/hooks';
import { asRequestFailed, postJson, type RequestFailed } from '../api.js';
import { useMembers } from '../components/names.js';
import { ErrorNote } from '../components/notes.js';
import { ProbBars } from '../components/prob-bars.js';
import { statusOn } from '../status.js';
import { GapNote } from '../components/freshness.js';
import type { Assessment, DataGap, MemberStance, Meta } from '../types.js';

const THREATS = ['external_attack', 'border_clash', 'internal_unrest', 'terrorism'] as const;

const ACTIONS = ['deploy', 'mission', 'statement'] as const;
const label = (s: string): string => s.replace(/_/g, ' ');

// A member's factors, read toward the action it prefers (toward deploying when it prefers nothing).
function FactorList({ m }: { m: MemberStance }) {
  const action = m.stance === 'none' ? 'deploy' : m.stance;
  return (
    <ul class="factors" aria-label={`factors toward ${action}`}>
      {Object.entries(m.contributions).map(([k, v]) => (
        <li key={k}>
          {label(k)}:{' '}
          <span class={v[action] >= 0 ? 'pos' : 'neg'}>
            {v[action] >= 0 ? '+' : ''}
            {v[action].toFixed(2)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function StanceTable({ members }: { members: readonly MemberStance[] }) {
  return (
    <table class="compact stances">
      <caption>Member stances and the factors behind them</caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Stance</th>
          <th scope="col">Utility (deploy / mission / statement)</th>
          <th scope="col">Factors (toward the stance)</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.code}>
            <th scope="row">
              {m.code}{' '}
              <small>
                {m.role === 'member' ? '' : m.role}
                {m.votes ? '' : ' (no vote)'}
              </small>
            </th>
            <td>{label(m.stance)}</td>
            <td class="num">{ACTIONS.map((a) => m.utility[a].toFixed(2)).join(' / ')}</td>
            <td>
              <FactorList m={m} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Crisis desk: ask what the alliance would do about a request for assistance, and why. */
export function Crisis({ meta }: { meta: Meta }) {
  const { members, names } = useMembers(meta);
  const [form, setForm] = useState({
    requester: '',
    // The latest day the data speaks for; any later day up to today is answered with the gap stated.
    date: meta.freshness.data_day,
    threat: 'border_clash',
    asked: meta.alliance.code,
    adversary: '',
    article: '4',
  });
  // The first full member on the form's day that is not the hegemon asks, so the default form is answerable.
  const firstRequester = members?.find((m) => m.code !== meta.alliance.hegemon && statusOn(m, form.date) === 'member')?.code ?? '';
  const [answer, setAnswer] = useState<(Assessment & { fitted_on: number; data_gap: DataGap | null }) | undefined>();
  const [error, setError] = useState<RequestFailed | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        requester: form.requester || firstRequester,
        date: form.date,
        threat: form.threat,
        asked: form.asked,
        article: form.article,
        ...(form.adversary ? { adversary: form.adversary.toUpperCase() } : {}),
      };
      setAnswer(await postJson<Assessment & { fitted_on: number; data_gap: DataGap | null }>('/api/assess', body));
    } catch (err) {
      setAnswer(undefined);
      setError(asRequestFailed(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="crisis-title">
      <h1 id="crisis-title">Crisis desk</h1>
      <form class="card form-grid" onSubmit={submit} aria-label="Request for assistance">
        <label>
          Requester
          <select value={form.requester || firstRequester} onChange={set('requester')} name="requester">
            {(members ?? []).map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date <input type="date" value={form.date} onChange={set('date')} name="date" max={meta.today} required />
        </label>
        <label>
          Threat
          <select value={form.threat} onChange={set('threat')} name="threat">
            {THREATS.map((t) => (
              <option key={t} value={t}>
                {t.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Asked
          <select value={form.asked} onChange={set('asked')} name="asked">
            <option value={meta.alliance.code}>the {meta.alliance.code}</option>
            <option value={meta.alliance.hegemon}>{names.get(meta.alliance.hegemon) ?? meta.alliance.hegemon} directly</option>
          </select>
        </label>
        <label>
          Adversary (ISO3, optional){' '}
          <input value={form.adversary} onInput={set('adversary')} name="adversary" maxLength={3} pattern="[A-Za-z]{3}" />
        </label>
        <label>
          Article invoked
          <select value={form.article} onChange={set('article')} name="article">
            <option value="4">Article 4 (collective defence)</option>
            <option value="2">Article 2 (consultations)</option>
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Assessing…' : 'Assess'}
        </button>
      </form>
      <GapNote meta={meta} day={form.date} />
      <div aria-live="polite" data-testid="assess-answer">
        {error && <ErrorNote error={error} what="Assessment" />}
        {answer && (
          <div class="grid">
            <div class="card">
              <h2>Outcome probabilities</h2>
              <ProbBars probs={answer.distribution} label="Outcome probabilities" />
              <p data-testid="modal">
                Most likely: <strong>{label(answer.modal)}</strong>. Decided by the {answer.route}; framed as {answer.framing.chosen} (p
                aggression {(answer.framing.p_aggression * 100).toFixed(0)}%). Weights fitted on {answer.fitted_on} earlier case(s).
              </p>
              <ul class="reasons">
                {answer.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
            <div class="card">
              <StanceTable members={answer.members} />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
