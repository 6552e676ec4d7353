import * as Plot from '@observablehq/plot';
import { useEffect, useState } from 'preact/hooks';
import { asRequestFailed, getJson, postJson, type RequestFailed } from '../api.js';
import { ErrorNote } from '../components/notes.js';
import { PlotFigure } from '../components/plot-figure.js';
import { ScrollX } from '../components/scroll-x.js';
import { paramsOr, setParams } from '../router.js';
import { GapNote } from '../components/freshness.js';
import type { AllianceTimeline, IndexBand, Meta, SimResult } from '../types.js';

/** A month the index was observed in, for drawing over the simulated band. */
interface Observed {
  readonly month: string;
  readonly alliance: number;
}

function FanChart({ bands, observed }: { bands: readonly IndexBand[]; observed: readonly Observed[] }) {
  const rows = bands.map((b) => ({ ...b, date: new Date(`${b.month.slice(0, 7)}-15`) }));
  const seen = observed.map((o) => ({ ...o, date: new Date(`${o.month}-15`) }));
  return (
    <PlotFigure
      testId="fan-chart"
      label="Alliance index: median and 10–90% band by month"
      deps={[bands, observed]}
      build={(width) =>
        Plot.plot({
          width,
          height: 280,
          y: { grid: true, label: 'Alliance index' },
          marks: [
            Plot.areaY(rows, { x: 'date', y1: 'p10', y2: 'p90', fill: '#4575b4', fillOpacity: 0.2 }),
            Plot.lineY(rows, { x: 'date', y: 'median', stroke: '#4575b4', strokeWidth: 2, tip: true }),
            // Where the horizon reaches into known history, what actually happened, drawn over the band.
            Plot.lineY(seen, { x: 'date', y: 'alliance', stroke: '#b2182b', strokeWidth: 2, strokeDasharray: '5 3' }),
            Plot.dot(seen, { x: 'date', y: 'alliance', fill: '#b2182b', r: 2, tip: true }),
          ],
        })
      }
    />
  );
}

const STATUSES = ['member', 'suspended', 'frozen', 'withdrawal_announced', 'withdrawn'] as const;
const COLOURS = ['#1b7837', '#e08214', '#fdb863', '#b2182b', '#8c8c8c'];

// Stacked bars for the eye, and the exact figures in a table below for screen readers and copying.
function StatusChart({ result }: { result: SimResult }) {
  const rows = result.members.flatMap((m) =>
    STATUSES.map((s) => ({ code: m.code, status: s.replace(/_/g, ' '), p: m.status_probabilities[s] })),
  );
  return (
    <>
      <PlotFigure
        testId="status-chart"
        label="Probability of each status at the horizon, per member"
        deps={[result]}
        build={(width) =>
          Plot.plot({
            width,
            height: 40 + 28 * result.members.length,
            marginLeft: 44,
            x: { domain: [0, 1], tickFormat: '%', label: 'Probability' },
            y: { label: null },
            color: { domain: STATUSES.map((s) => s.replace(/_/g, ' ')), range: COLOURS, legend: true },
            marks: [Plot.barX(rows, { x: 'p', y: 'code', fill: 'status', tip: true }), Plot.ruleX([0])],
          })
        }
      />
      {/* The caption sits outside the scrolling frame, so a phone shows it whole. */}
      <p class="table-caption" id="status-caption">
        Status at the horizon, and the chance of at least one unanswered request
      </p>
      <ScrollX label="Status at the horizon, per member">
        <table class="compact fit" data-testid="status-table" aria-labelledby="status-caption">
          <thead>
            <tr>
              <th scope="col">Member</th>
              {STATUSES.map((s) => (
                <th key={s} scope="col" class="num">
                  {s.replace(/_/g, ' ')}
                </th>
              ))}
              <th scope="col" class="num">
                unanswered request
              </th>
            </tr>
          </thead>
          <tbody>
            {result.members.map((m) => (
              <tr key={m.code}>
                <th scope="row">{m.code}</th>
                {STATUSES.map((s) => (
                  <td key={s} class="num">
                    {(m.status_probabilities[s] * 100).toFixed(1)}%
                  </td>
                ))}
                <td class="num">{(m.p_unanswered_request * 100).toFixed(1)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
    </>
  );
}

// The alliance index as observed in the simulated months that have already ended (none when the horizon is all future).
async function observedOver(sim: SimResult, lastKnown: string): Promise<Observed[]> {
  const first = sim.alliance.index[0]?.month.slice(0, 7);
  const last = sim.alliance.index.at(-1)?.month.slice(0, 7);
  const [y, m] = lastKnown.split('-').map(Number) as [number, number];
  // The last whole month known: the one before the month of the last known day.
  const known = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  if (first === undefined || last === undefined || first > known) return [];
  const to = last < known ? last : known;
  const t = await getJson<AllianceTimeline>(`/api/timeline?from=${first}&to=${to}`);
  return t.months.map((m) => ({ month: m.month, alliance: m.alliance }));
}

/**
 * Scenarios: run the simulator, see the fan chart of the alliance index and status probabilities
 * per member. The inputs live in the URL: a link that names them opens with the same (seeded) run.
 */
export function Scenarios({ params, meta }: { params: URLSearchParams; meta: Meta }) {
  // Starts from the latest day the data speaks for (a later day up to today runs with the gap stated);
  // the observed index is drawn up to the same day.
  const lastKnown = meta.freshness.data_day;
  const [form, setForm] = useState(() => paramsOr(params, { as_of: lastKnown, horizon: '36', runs: '1000', seed: '1' }));
  const [result, setResult] = useState<SimResult | undefined>();
  const [observed, setObserved] = useState<readonly Observed[]>([]);
  const [error, setError] = useState<RequestFailed | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });

  const simulate = async () => {
    setBusy(true);
    setError(undefined);
    setParams('scenarios', form);
    try {
      const sim = await postJson<SimResult>('/api/simulate', {
        as_of: form.as_of,
        horizon: Number(form.horizon),
        runs: Number(form.runs),
        seed: Number(form.seed),
      });
      setResult(sim);
      // The overlay is extra: if the series cannot be read, the simulation still stands.
      setObserved(await observedOver(sim, lastKnown).catch(() => []));
    } catch (err) {
      setResult(undefined);
      setError(asRequestFailed(err));
    } finally {
      setBusy(false);
    }
  };
  const run = (e: Event) => {
    e.preventDefault();
    void simulate();
  };
  // A permalink that names the start reproduces the run on load (the simulator is seeded).
  useEffect(() => {
    if (params.has('as_of')) void simulate();
  }, []);

  return (
    <section aria-labelledby="scenarios-title">
      <h1 id="scenarios-title">Scenarios</h1>
      <form class="card form-grid" onSubmit={run} aria-label="Simulation">
        <label>
          From (as of) <input type="date" name="as_of" value={form.as_of} onChange={set('as_of')} max={meta.today} required />
        </label>
        <label>
          Horizon (months) <input type="number" name="horizon" min={1} max={120} value={form.horizon} onInput={set('horizon')} required />
        </label>
        <label>
          Runs <input type="number" name="runs" min={1} max={20000} value={form.runs} onInput={set('runs')} required />
        </label>
        <label>
          Seed <input type="number" name="seed" min={0} value={form.seed} onInput={set('seed')} required />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Running…' : 'Run'}
        </button>
      </form>
      <GapNote meta={meta} day={form.as_of} />
      <div aria-live="polite">
        {error && <ErrorNote error={error} what="Simulation" />}
        {result && (
          <div class="grid two">
            <div class="card">
              <h2>Alliance index</h2>
              <FanChart bands={result.alliance.index} observed={observed} />
              <p class="note">
                Median and 10–90% band over {result.runs} runs from {result.as_of}, seed {result.seed}, scenario {result.scenario}
                {result.alliance.index_start === null ? '' : `; index on ${result.as_of}: ${result.alliance.index_start.toFixed(1)}`}.
                {observed.length > 0 && (
                  <span data-testid="observed-note">
                    {' '}
                    The dashed red line is the index as observed in the {observed.length} simulated month(s) that have already ended.
                  </span>
                )}
              </p>
            </div>
            <div class="card">
              <h2>Status at the horizon</h2>
              <StatusChart result={result} />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
