import * as Plot from '@observablehq/plot';
import { GapNote } from '../components/freshness.js';
import { query, useApi } from '../api.js';
import { EventList } from '../components/event-list.js';
import { useMembers } from '../components/names.js';
import { ErrorNote, Loading } from '../components/notes.js';
import { PlotFigure } from '../components/plot-figure.js';
import { STATUS_LABEL } from '../status.js';
import type { EventPage, Leader, MemberDetail, MemberTimeline, Meta } from '../types.js';

const ROLE: Readonly<Record<string, string>> = { head_of_state: 'Head of state', head_of_government: 'Head of government' };

function IndicatorChart({ data, code }: { data: MemberTimeline; code: string }) {
  // Long form: one row per month and series, so Plot draws one line per series with a legend.
  const rows = data.months.flatMap((m) => [
    ...(m.cohesion === null ? [] : [{ date: new Date(`${m.month}-15`), value: m.cohesion, series: `${code} cohesion` }]),
    { date: new Date(`${m.month}-15`), value: m.alliance, series: 'alliance cohesion' },
  ]);
  const parts = data.months.flatMap((m) =>
    Object.entries(m.components).map(([k, v]) => ({ date: new Date(`${m.month}-15`), value: v * 100, series: k })),
  );
  return (
    <>
      <PlotFigure
        label={`Cohesion of ${code} and of the alliance over time`}
        deps={[data, code]}
        build={(width) =>
          Plot.plot({
            width,
            height: 260,
            y: { domain: [0, 100], grid: true, label: 'Cohesion index' },
            color: { legend: true },
            marks: [Plot.lineY(rows, { x: 'date', y: 'value', stroke: 'series', tip: true }), Plot.ruleY([0])],
          })
        }
      />
      <PlotFigure
        label={`Components of ${code}'s cohesion over time`}
        deps={[data, code, 'parts']}
        build={(width) =>
          Plot.plot({
            width,
            height: 220,
            y: { domain: [0, 100], grid: true, label: 'Component (0–100)' },
            color: { legend: true },
            marks: [Plot.lineY(parts, { x: 'date', y: 'value', stroke: 'series', strokeWidth: 1.2, tip: true })],
          })
        }
      />
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

/** Member: its status history, indicators over time, leaders and events. */
export function MemberPage({ code, meta }: { code: string | undefined; meta: Meta }) {
  const { members, names } = useMembers(meta);
  // With no member named, the first that is not the hegemon.
  const c = (code ?? members?.find((m) => m.code !== meta.alliance.hegemon)?.code ?? members?.[0]?.code ?? '').toUpperCase();
  const detail = useApi<MemberDetail>(c ? `/api/members/${encodeURIComponent(c)}` : null);
  const series = useApi<MemberTimeline>(c ? `/api/timeline${query({ member: c })}` : null);
  const events = useApi<EventPage>(c ? `/api/events${query({ actor: c, order: 'desc', limit: 30 })}` : null);
  const d = detail.data;

  return (
    <section aria-labelledby="member-title">
      <nav class="member-picker" aria-label="Members">
        {(members ?? []).map((m) => (
          <a key={m.code} href={`#/member/${m.code}`} aria-current={m.code === c ? 'page' : undefined}>
            {m.code}
          </a>
        ))}
      </nav>
      <h1 id="member-title">{d ? d.member.name : c}</h1>
      <GapNote meta={meta} day={meta.today} />
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
              <IndicatorChart data={series.data} code={c} />
            ) : (
              <Loading />
            )}
          </div>
        </div>
      )}
      {d && (
        <div class="grid two">
          <div class="card">
            <LeaderTable leaders={d.leaders} />
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
              <a href={`#/timeline?actor=${c}`}>All of {c}'s events in the timeline →</a>
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
