import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { query, useApi } from '../api.js';
import { AllianceChart } from '../components/alliance-chart.js';
import { EventList } from '../components/event-list.js';
import { MemberMap, type MapMember } from '../components/member-map.js';
import { useMembers } from '../components/names.js';
import { ErrorNote, Loading } from '../components/notes.js';
import { ScrollX } from '../components/scroll-x.js';
import { setParams } from '../router.js';
import { GapNote } from '../components/freshness.js';
import { isParty, monthEnd, monthsBetween, STATUS_COLOUR, STATUS_LABEL, statusOn } from '../status.js';
import type { AllianceTimeline, EventPage, Meta, StatusOnDate } from '../types.js';

/** Debounces a value so a dragged slider asks the server once it settles. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/**
 * Overview: the map as of a day, a slider replaying the alliance's life to today, the index over
 * time, headline figures and the latest events. The slider's month is in the URL (`?asOf=YYYY-MM`).
 */
export function Overview({ params, meta }: { params: URLSearchParams; meta: Meta }) {
  const { members, names } = useMembers(meta);
  const firstMonth = meta.alliance.founded.slice(0, 7);
  const months = useMemo(() => monthsBetween(firstMonth, meta.today.slice(0, 7)), [firstMonth, meta.today]);
  const [index, setIndex] = useState(() => {
    const wanted = months.indexOf((params.get('asOf') ?? '').slice(0, 7));
    return wanted >= 0 ? wanted : months.length - 1;
  });
  const [playing, setPlaying] = useState(false);
  const month = months[Math.min(index, months.length - 1)] ?? firstMonth;
  const day = monthEnd(month, meta.today);
  const settledDay = useSettled(day, 200);
  // Once the slider settles on another month, the URL names it; the first render keeps the URL as it came.
  const shown = useRef(settledDay);
  useEffect(() => {
    if (settledDay === shown.current) return;
    shown.current = settledDay;
    setParams('overview', { asOf: settledDay.slice(0, 7) });
  }, [settledDay]);

  const timeline = useApi<AllianceTimeline>('/api/timeline');
  const latest = useApi<EventPage>(`/api/events${query({ asOf: settledDay, order: 'desc', limit: 8 })}`);

  useEffect(() => {
    if (!playing) return undefined;
    const t = setInterval(() => setIndex((i) => (i + 3 >= months.length ? (setPlaying(false), months.length - 1) : i + 3)), 120);
    return () => clearInterval(t);
  }, [playing, months.length]);

  const point = timeline.data?.months.find((m) => m.month === month);
  const mapMembers: MapMember[] = (members ?? []).map((m) => {
    const status = statusOn(m, day);
    return {
      code: m.code,
      name: m.name,
      numeric: m.iso_numeric,
      status,
      cohesion: isParty(status) ? (point?.members[m.code] ?? null) : null,
    };
  });
  const parties = mapMembers.filter((m) => isParty(m.status));
  const full = parties.filter((m) => m.status === 'member');
  const byCohesion = timeline.data !== undefined;

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">The alliance on {day}</h1>
      <GapNote meta={meta} day={day} />
      <div class="asof">
        <label for="asof-slider">As of</label>
        <input
          id="asof-slider"
          type="range"
          min={0}
          max={months.length - 1}
          step={1}
          value={index}
          aria-valuetext={month}
          onInput={(e) => {
            setPlaying(false);
            setIndex(Number((e.target as HTMLInputElement).value));
          }}
        />
        <output for="asof-slider" data-testid="asof-month">
          {month}
        </output>
        <button type="button" onClick={() => (index >= months.length - 1 && setIndex(0), setPlaying(!playing))} aria-pressed={playing}>
          {playing ? 'Pause' : `Replay ${firstMonth.slice(0, 4)} → today`}
        </button>
      </div>
      <div class="grid two">
        <div class="card">
          {members ? <MemberMap members={mapMembers} byCohesion={byCohesion} day={day} /> : <Loading />}
          {!byCohesion && (
            <div class="legend" aria-label="status colours">
              {(['member', 'suspended', 'frozen', 'withdrawal_announced', 'withdrawn'] as StatusOnDate[]).map((s) => (
                <span key={s}>
                  <i style={{ background: STATUS_COLOUR[s] }} /> {STATUS_LABEL[s]}
                </span>
              ))}
            </div>
          )}
          {timeline.error && <ErrorNote error={timeline.error} what="Colouring by cohesion" />}
        </div>
        <div class="card">
          <h2>Headline figures</h2>
          <dl class="figures">
            <div>
              <dt>Parties</dt>
              <dd data-testid="parties">{parties.length}</dd>
            </div>
            <div>
              <dt>Full members</dt>
              <dd>{full.length}</dd>
            </div>
            <div>
              <dt>Alliance cohesion</dt>
              <dd>{point ? point.alliance.toFixed(0) : '—'}</dd>
            </div>
            <div>
              <dt>Events on record</dt>
              <dd>{latest.data?.total ?? '—'}</dd>
            </div>
          </dl>
          <ScrollX label="States that were ever parties">
            <table class="compact">
              <caption>States that were ever parties</caption>
              <thead>
                <tr>
                  <th scope="col">State</th>
                  <th scope="col">Status</th>
                  <th scope="col">Cohesion</th>
                </tr>
              </thead>
              <tbody>
                {mapMembers.map((m) => (
                  <tr key={m.code}>
                    <td>
                      <a href={`#/member/${m.code}`}>{m.name}</a>
                    </td>
                    <td>
                      <i class="swatch" style={{ background: STATUS_COLOUR[m.status] }} /> {STATUS_LABEL[m.status]}
                    </td>
                    <td>{m.cohesion === null ? '—' : m.cohesion.toFixed(0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollX>
        </div>
      </div>
      <div class="card">
        <h2>Cohesion over time</h2>
        {timeline.data && members ? (
          <AllianceChart timeline={timeline.data} members={members} month={month} today={meta.today} />
        ) : timeline.error ? (
          <ErrorNote error={timeline.error} what="Cohesion series" />
        ) : (
          <Loading />
        )}
        <p class="note">
          The thick line is the alliance; each thin line is a member while it is a party. The dashed rule is the month the slider shows.{' '}
          <a href={`#/timeline?to=${settledDay}`}>Events to {settledDay} →</a>
        </p>
      </div>
      <div class="card">
        <h2>Latest events known on {settledDay}</h2>
        {latest.error ? (
          <ErrorNote error={latest.error} what="Events" />
        ) : latest.data ? (
          <EventList events={latest.data.events} names={names} />
        ) : (
          <Loading />
        )}
        <p>
          <a href={`#/timeline?to=${settledDay}`}>All events to {settledDay} →</a>
        </p>
      </div>
    </section>
  );
}
