import { useEffect, useState } from 'preact/hooks';
import { asRequestFailed, postJson, type RequestFailed } from '../api.js';
import { useMembers } from '../components/names.js';
import { ErrorNote } from '../components/notes.js';
import { ProbBars } from '../components/prob-bars.js';
import { ReliabilityDiagram } from '../components/reliability.js';
import { ScrollX } from '../components/scroll-x.js';
import { paramsOr, setParams } from '../router.js';
import { statusOn } from '../status.js';
import { GapNote } from '../components/freshness.js';
import type { DataGap, MemberStance, Meta, RequestAssessment } from '../types.js';

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
      <caption>
        Member stances and the factors behind them. <dfn>Stance</dfn>: the outcome the member prefers most, the action with the highest
        utility over doing nothing (none when no action is worth more than nothing). On the Council it may still accept other actions it
        values above nothing.
      </caption>
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

// The held-out (leave-one-out) predictions of the cases most like the one asked, as the backtest made them.
function RecordTable({ answer }: { answer: RequestAssessment }) {
  const r = answer.record;
  return (
    <table class="compact" data-testid="record-table">
      <caption>
        Cases like this one ({r.matched_on}): {r.cases.filter((c) => c.match).length} of {r.cases.length} called right, each predicted
        leave-one-out with parameters {answer.params_version}
      </caption>
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">Predicted</th>
          <th scope="col">Happened</th>
          <th scope="col" class="num">
            p(happened)
          </th>
        </tr>
      </thead>
      <tbody>
        {r.cases.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {c.requester} {c.date}
            </th>
            <td>{label(c.predicted)}</td>
            <td>
              {label(c.actual)}
              {c.match ? '' : ' (missed)'}
            </td>
            <td class="num">{(c.p_actual * 100).toFixed(1)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Crisis desk: ask what the alliance would do about a request for assistance, and why. The inputs
 * live in the URL: a link that names a requester opens with its answer.
 */
export function Crisis({ params, meta }: { params: URLSearchParams; meta: Meta }) {
  const { members, names } = useMembers(meta);
  const [form, setForm] = useState(() =>
    paramsOr(params, {
      requester: '',
      // The latest day the data speaks for; any later day up to today is answered with the gap stated.
      date: meta.freshness.data_day,
      threat: 'border_clash',
      asked: meta.alliance.code,
      adversary: '',
      // Collective defence by default: the strongest ask the treaty allows.
      article: meta.alliance.articles.find((a) => a.asks === 'collective_defence')?.article ?? '',
    }),
  );
  // The first full member on the form's day that is not the hegemon asks, so the default form is answerable.
  const firstRequester = members?.find((m) => m.code !== meta.alliance.hegemon && statusOn(m, form.date) === 'member')?.code ?? '';
  const [answer, setAnswer] = useState<(RequestAssessment & { data_gap: DataGap | null }) | undefined>();
  const [error, setError] = useState<RequestFailed | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });

  const assess = async (requester: string) => {
    setBusy(true);
    setError(undefined);
    setParams('crisis', { ...form, requester });
    try {
      const body = {
        requester,
        date: form.date,
        threat: form.threat,
        asked: form.asked,
        ...(form.article ? { article: form.article } : {}),
        ...(form.adversary ? { adversary: form.adversary.toUpperCase() } : {}),
      };
      setAnswer(await postJson<RequestAssessment & { data_gap: DataGap | null }>('/api/assess', body));
    } catch (err) {
      setAnswer(undefined);
      setError(asRequestFailed(err));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    void assess(form.requester || firstRequester);
  };
  // A permalink with a requester reproduces its answer on load.
  useEffect(() => {
    if (form.requester) void assess(form.requester);
  }, []);

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
            {meta.alliance.articles.map((a) => (
              <option key={a.article} value={a.article}>
                Article {a.article} ({a.asks === 'collective_defence' ? 'collective defence' : 'consultations'})
              </option>
            ))}
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
              <ProbBars
                probs={answer.distribution}
                intervals={answer.intervals}
                level={answer.interval.level}
                label="Outcome probabilities"
              />
              <p class="note">
                Ranges: {Math.round(answer.interval.level * 100)}% intervals from a {answer.interval.draws}-draw {answer.interval.method}.
              </p>
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
              <ScrollX label="Member stances">
                <StanceTable members={answer.members} />
              </ScrollX>
            </div>
            <div class="card">
              <h2>The model's record</h2>
              <ScrollX label="The model's record on similar cases">
                <RecordTable answer={answer} />
              </ScrollX>
              <ReliabilityDiagram bins={answer.record.reliability} />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
