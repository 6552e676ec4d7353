import * as Plot from '@observablehq/plot';
import { useState } from 'preact/hooks';
import { GapNote } from '../components/freshness.js';
import { query, useApi } from '../api.js';
import { EventList } from '../components/event-list.js';
import { useMembers } from '../components/names.js';
import { ErrorNote, Loading } from '../components/notes.js';
import { PlotFigure } from '../components/plot-figure.js';
import { ScrollX } from '../components/scroll-x.js';
import { setParams } from '../router.js';
import { STATUS_LABEL } from '../status.js';
import type { EventPage, Leader, MemberDetail, MemberTimeline, Meta } from '../types.js';

const ROLE: Readonly<Record<string, string>> = { head_of_state: 'Head of state', head_of_government: 'Head of government' };

// Conflict and outside pull count against cohesion (src/indicators compositeOf): their own chart, so a
// rising line never reads as good news beside the others.
const ADVERSE = new Set(['conflict', 'outside_pull']);
const when = (month: string): Date => new Date(`${month}-15`);

function ComponentChart({ data, code, adverse, asOf }: { data: MemberTimeline; code: string; adverse: boolean; asOf: string | undefined }) {
  const rows = data.months.flatMap((m) =>
    Object.entries(m.components)
      .filter(([k]) => ADVERSE.has(k) === adverse)
      .map(([k, v]) => ({ date: when(m.month), value: v * 100, series: label(k), prior: m.prior_only.includes(k) })),
  );
  const what = adverse ? 'higher is worse' : 'higher is better';
  return (
    <PlotFigure
      testId={adverse ? 'components-worse' : 'components-better'}
      label={`Components of ${code}'s cohesion where ${what}; hollow dots mark months that are only the prior`}
      deps={[data, code, adverse, asOf]}
      build={(width) =>
        Plot.plot({
          width,
          height: 200,
          y: { domain: [0, 100], grid: true, label: `${adverse ? 'Against cohesion' : 'For cohesion'} (0–100, ${what})` },
          x: { label: null },
          color: { legend: true },
          marks: [
            Plot.lineY(rows, { x: 'date', y: 'value', stroke: 'series', strokeWidth: 1.2, tip: true }),
            Plot.dot(
              rows.filter((r) => r.prior),
              {
                x: 'date',
                y: 'value',
                stroke: 'series',
                fill: 'white',
                r: 1.8,
                title: (r: { series: string }) => `${r.series}: prior only`,
              },
            ),
            ...(asOf ? [Plot.ruleX([new Date(asOf)], { stroke: '#b2182b', strokeDasharray: '4 3' })] : []),
          ],
        })
      }
    />
  );
}

const label = (k: string): string => k.replace(/_/g, ' ');

function IndicatorChart({ data, code, asOf }: { data: MemberTimeline; code: string; asOf: string | undefined }) {
  // Long form: one row per month and series, so Plot draws one line per series with a legend. The
  // member's line breaks in the months it was not a party.
  const rows = data.months.flatMap((m) => [
    { date: when(m.month), value: m.in_alliance ? m.cohesion : null, series: `${code} cohesion` },
    { date: when(m.month), value: m.alliance, series: 'alliance cohesion' },
  ]);
  return (
    <>
      <PlotFigure
        testId="member-chart"
        label={`Cohesion of ${code} and of the alliance over time`}
        deps={[data, code, asOf]}
        build={(width) =>
          Plot.plot({
            width,
            height: 260,
            y: { domain: [0, 100], grid: true, label: 'Cohesion index' },
            x: { label: null },
            color: { legend: true },
            marks: [
              Plot.lineY(rows, { x: 'date', y: 'value', stroke: 'series', tip: true }),
              Plot.ruleY([0]),
              ...(asOf ? [Plot.ruleX([new Date(asOf)], { stroke: '#b2182b', strokeDasharray: '4 3' })] : []),
            ],
          })
        }
      />
      <h3>Components: higher is better</h3>
      <ComponentChart data={data} code={code} adverse={false} asOf={asOf} />
      <h3>Components: higher is worse</h3>
      <ComponentChart data={data} code={code} adverse={true} asOf={asOf} />
      <p class="note">
        Hollow dots: months where nothing on record fed the component, so it shows the documented prior, not a measurement
        (docs/indicators.md).
      </p>
    </>
  );
}

function LeaderTable({ leaders }: { leaders: readonly Leader[] }) {
  return (
    <table class="compact">
      <caption>Leaders on record</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Office</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
        </tr>
      </thead>
      <tbody>
        {leaders.map((l) => (
          <tr key={`${l.role}${l.from}${l.name}`}>
            <td>
              <a href={l.source} target="_blank" rel="noopener noreferrer">
                {l.name}
              </a>
              {l.acting ? ' (acting)' : ''}
            </td>
            <td>{ROLE[l.role] ?? l.role}</td>
            <td>{l.from}</td>
            <td>{l.to ?? 'in office'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Member: its status history, indicators over time, leaders and events; `?asOf=DAY` shows it as of that day. */
export function MemberPage({ code, params, meta }: { code: string | undefined; params: URLSearchParams; meta: Meta }) {
  const { members, names } = useMembers(meta);
  // With no member named, the first that is not the hegemon.
  const c = (code ?? members?.find((m) => m.code !== meta.alliance.hegemon)?.code ?? members?.[0]?.code ?? '').toUpperCase();
  const [asOf, setAsOf] = useState(() => params.get('asOf') ?? '');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined;
  const detail = useApi<MemberDetail>(c ? `/api/members/${encodeURIComponent(c)}${query({ asOf: day })}` : null);
  const series = useApi<MemberTimeline>(c ? `/api/timeline${query({ member: c })}` : null);
  const events = useApi<EventPage>(c ? `/api/events${query({ actor: c, asOf: day, order: 'desc', limit: 30 })}` : null);
  const d = detail.data;
  const withAsOf = day ? `?asOf=${day}` : '';

  return (
    <section aria-labelledby="member-title">
      <nav class="member-picker" aria-label="Members">
        {(members ?? []).map((m) => (
          <a key={m.code} href={`#/member/${m.code}${withAsOf}`} aria-current={m.code === c ? 'page' : undefined}>
            {m.code}
          </a>
        ))}
      </nav>
      <h1 id="member-title">{d ? d.member.name : c}</h1>
      <GapNote meta={meta} day={day ?? meta.today} />
      <form class="filters card" onSubmit={(e) => e.preventDefault()} aria-label="As of">
        <label>
          As of
          <input
            type="date"
            name="asOf"
            value={asOf}
            max={meta.today}
            onChange={(e) => {
              const v = (e.target as HTMLInputElement).value;
              setAsOf(v);
              setParams(`member/${c}`, { asOf: v });
            }}
          />
        </label>
      </form>
      {detail.error && <ErrorNote error={detail.error} what="Member" />}
      {d && (
        <div class="grid two">
          <div class="card">
            <h2>Status</h2>
            <p>
              On {d.as_of}: <strong>{STATUS_LABEL[d.member.status]}</strong>
              {d.member.since ? ` since ${d.member.since}` : ''}.
            </p>
            <ul class="intervals">
              {d.member.intervals.map((i) => (
                <li key={i.from}>
                  {i.from} – {i.to ?? 'now'}: {STATUS_LABEL[i.status]} ({i.basis.replace('_', ' ')}){' '}
                  <a href={i.source} target="_blank" rel="noopener noreferrer">
                    source
                  </a>
                </li>
              ))}
            </ul>
            <p>
              In office: {d.leaders_on.head_of_state?.name ?? '—'} (head of state), {d.leaders_on.head_of_government?.name ?? '—'} (head of
              government). On the Council: {ROLE[d.leaders_on.council_role]?.toLowerCase()}.
            </p>
          </div>
          <div class="card">
            <h2>Indicators over time</h2>
            {series.error ? (
              <ErrorNote error={series.error} what="Indicators" />
            ) : series.data ? (
              <IndicatorChart data={series.data} code={c} asOf={day} />
            ) : (
              <Loading />
            )}
          </div>
        </div>
      )}
      {d && (
        <div class="grid two">
          <div class="card">
            <ScrollX label="Leaders on record">
              <LeaderTable leaders={d.leaders} />
            </ScrollX>
          </div>
          <div class="card">
            <h2>Events ({events.data?.total ?? '…'})</h2>
            {events.error ? (
              <ErrorNote error={events.error} what="Events" />
            ) : events.data ? (
              <EventList events={events.data.events} names={names} />
            ) : (
              <Loading />
            )}
            <p>
              <a href={`#/timeline?actor=${c}${day ? `&to=${day}` : ''}`}>All of {c}'s events in the timeline →</a>
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
