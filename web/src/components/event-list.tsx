import type { ChronicleEvent } from '../types.js';
import { Marked, searchPattern } from './search-marks.js';

const nameOf = (code: string, names: ReadonlyMap<string, string>): string => names.get(code) ?? code;

/**
 * Events as a list an analyst scans: date, type, who to whom, our summary and every source. Under a
 * search, the words found are marked, and the evidence is shown when the words are in it.
 */
export function EventList({
  events,
  names,
  search,
}: {
  events: readonly ChronicleEvent[];
  names: ReadonlyMap<string, string>;
  search?: string | undefined;
}) {
  if (events.length === 0) return <p class="note">No events match.</p>;
  const pattern = searchPattern(search);
  const found = (text: string | undefined): boolean => pattern !== undefined && text !== undefined && text.search(pattern) >= 0;
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
            <p class="summary">
              <Marked text={e.summary} pattern={pattern} />
            </p>
            {found(e.evidence) && (
              <p class="evidence">
                Evidence: <Marked text={e.evidence!} pattern={pattern} />
              </p>
            )}
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
