import type { ChronicleEvent } from '../types.js';

const nameOf = (code: string, names: ReadonlyMap<string, string>): string => names.get(code) ?? code;

/** Events as a list an analyst scans: date, type, who to whom, our summary and every source. */
export function EventList({ events, names }: { events: readonly ChronicleEvent[]; names: ReadonlyMap<string, string> }) {
  if (events.length === 0) return <p class="note">No events match.</p>;
  return (
    <ol class="events">
      {events.map((e) => {
        const sources = e.sources ?? [e.source];
        return (
          <li key={e.id} class="event" data-event-id={e.id}>
            <div class="event-head">
              <time dateTime={e.date}>{e.date}</time>
              <span class={`badge t-${e.type.split('.')[0]}`}>{e.type}</span>
              <span class="actors">
                <a href={`#/member/${e.actor}`}>{nameOf(e.actor, names)}</a>
                {e.target ? <> → {nameOf(e.target, names)}</> : null}
              </span>
            </div>
            <p class="summary">{e.summary}</p>
            <p class="sources">
              {sources.map((s, i) =>
                /^https?:/.test(s) ? (
                  <a key={s} href={s} target="_blank" rel="noopener noreferrer">
                    source{sources.length > 1 ? ` ${i + 1}` : ''}
                  </a>
                ) : (
                  <span key={s}>{s}</span>
                ),
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
