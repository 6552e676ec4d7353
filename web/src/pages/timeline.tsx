import { useEffect, useState } from 'preact/hooks';
import { GapNote } from '../components/freshness.js';
import { query, useApi } from '../api.js';
import { EventList } from '../components/event-list.js';
import { useMembers } from '../components/names.js';
import { ErrorNote, Loading } from '../components/notes.js';
import { EVENT_TYPES, FAMILIES } from '../event-types.js';
import { setParams } from '../router.js';
import type { EventPage, Meta } from '../types.js';

const PAGE = 25;
const FIELDS = ['q', 'from', 'to', 'actor', 'type'] as const;
type Filters = Record<(typeof FIELDS)[number], string>;

const pageOf = (v: string | null): number => (v && /^\d+$/.test(v) ? Math.max(0, Number(v) - 1) : 0);

/** Timeline: the chronicle with filters and a text search, newest first, each event with its summary and sources. */
export function Timeline({ params, meta }: { params: URLSearchParams; meta: Meta }) {
  const { members, names } = useMembers(meta);
  const [filters, setFilters] = useState<Filters>(() => Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? ''])) as Filters);
  const [page, setPage] = useState(() => pageOf(params.get('page')));
  // What is typed in the search box, asked of the server once typing pauses.
  const [typed, setTyped] = useState(filters.q);
  const events = useApi<EventPage>(`/api/events${query({ ...filters, order: 'desc', limit: PAGE, offset: page * PAGE })}`);
  const show = (next: Filters, nextPage: number) => {
    setFilters(next);
    setPage(nextPage);
    setParams('timeline', { ...next, page: nextPage > 0 ? String(nextPage + 1) : undefined });
  };
  const change = (field: keyof Filters) => (e: Event) =>
    show({ ...filters, [field]: (e.target as HTMLInputElement | HTMLSelectElement).value }, 0);
  useEffect(() => {
    if (typed === filters.q) return undefined;
    const t = setTimeout(() => show({ ...filters, q: typed }, 0), 300);
    return () => clearTimeout(t);
  }, [typed]);
  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));

  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">Timeline</h1>
      <GapNote meta={meta} day={meta.today} />
      <form
        class="filters card"
        role="search"
        onSubmit={(e) => (e.preventDefault(), typed !== filters.q && show({ ...filters, q: typed }, 0))}
        aria-label="Filter events"
      >
        <label class="search">
          Search
          <input
            type="search"
            name="q"
            value={typed}
            maxLength={500}
            placeholder="words in the summary, evidence or source"
            onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          From <input type="date" value={filters.from} onChange={change('from')} name="from" />
        </label>
        <label>
          To <input type="date" value={filters.to} onChange={change('to')} name="to" />
        </label>
        <label>
          Actor or target
          <select value={filters.actor} onChange={change('actor')} name="actor">
            <option value="">any</option>
            {(members ?? []).map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
            {meta.alliance.organisations.map(({ code: o }) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select value={filters.type} onChange={change('type')} name="type">
            <option value="">any</option>
            <optgroup label="Families">
              {FAMILIES.map((f) => (
                <option key={f} value={f}>
                  {f} (all)
                </option>
              ))}
            </optgroup>
            <optgroup label="Types">
              {EVENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      </form>
      <p role="status" aria-live="polite" data-testid="event-count">
        {events.data
          ? `${total} events${filters.q ? ` matching “${filters.q}”` : ''}${total > PAGE ? `, page ${page + 1} of ${pages}` : ''}`
          : ''}
      </p>
      {events.error ? (
        <ErrorNote error={events.error} what="Events" />
      ) : events.data ? (
        <EventList events={events.data.events} names={names} search={filters.q} />
      ) : (
        <Loading />
      )}
      {total > PAGE && (
        <nav class="pager" aria-label="Pages">
          <button type="button" disabled={page === 0} onClick={() => show(filters, page - 1)}>
            ← Newer
          </button>
          <button type="button" disabled={page + 1 >= pages} onClick={() => show(filters, page + 1)}>
            Older →
          </button>
        </nav>
      )}
    </section>
  );
}
