import type { Meta } from '../types.js';

const DAY_MS = 86_400_000;
const days = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** When the feeds were last polled, in words. */
export function pollWords(lastPoll: string | null): string {
  return lastPoll === null ? 'never' : `${lastPoll.slice(0, 16).replace('T', ' ')} UTC`;
}

/** On every page: the latest event, the last feed poll and what waits for review, so nobody mistakes old data for news. */
export function FreshnessBar({ meta }: { meta: Meta }) {
  const f = meta.freshness;
  const stale = f.latest_event !== null && f.latest_event.day < f.today;
  return (
    <p class={`freshness${stale ? ' stale' : ''}`} data-testid="freshness" role="note">
      Latest event <strong>{f.latest_event?.date ?? 'none'}</strong>
      {stale && f.latest_event ? ` (${days(f.latest_event.day, f.today)} days ago)` : ''} · last feed poll{' '}
      <a href="#/feeds">{pollWords(f.last_poll)}</a> · <a href="#/review">{f.pending} proposal(s) to review</a>
      {f.curated_to ? ` · data pack curated to ${f.curated_to}` : ''}
    </p>
  );
}

/** Says plainly when a page shows a day after the chronicle's latest event. */
export function GapNote({ meta, day }: { meta: Meta; day: string }) {
  const latest = meta.freshness.latest_event;
  if (latest === null || day <= latest.day) return null;
  return (
    <p class="note gap" data-testid="gap-note" role="note">
      The chronicle's latest event is dated {latest.date}, {days(latest.day, day)} days before {day}: what is shown for {day} carries that
      state forward, with no events recorded since (last feed poll: {pollWords(meta.freshness.last_poll)}).
    </p>
  );
}
