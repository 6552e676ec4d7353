import { loadPack } from '../../data/index.js';
import type { ChronicleEvent, Member, Summit } from '../../domain/index.js';
import { seededRandom } from '../../domain/index.js';
import type { SimHistory } from '../types.js';

const SRC = 'https://example.org/synthetic';
const PARTIES = ['RUS', 'BLR', 'ARM', 'KAZ', 'KGZ', 'TJK'] as const;
const pad = (n: number): string => String(n).padStart(2, '0');

function member(code: string, cow: number, intervals: Member['intervals']): Member {
  return { code, name: code, cow, intervals };
}

/**
 * A made-up but alliance-like history, 1992–2022, drawn from a fixed seed. The golden summaries
 * are computed on it, so they pin the simulator's behaviour and do not move when the real data
 * pack gains a record.
 */
export function syntheticHistory(seed = 2024): SimHistory {
  const next = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const members: Member[] = PARTIES.map((code, i) =>
    member(code, 700 + i, [{ status: 'member', from: '1992-05-15', to: null, basis: 'de_jure', source: SRC }]),
  );
  members.push(
    member('UZB', 704, [
      { status: 'member', from: '1992-05-15', to: '1999-04-19', basis: 'de_jure', source: SRC },
      { status: 'withdrawn', from: '1999-04-20', to: '2006-08-15', basis: 'de_jure', source: SRC },
      { status: 'member', from: '2006-08-16', to: '2012-06-27', basis: 'de_jure', source: SRC },
      { status: 'suspended', from: '2012-06-28', to: null, basis: 'de_jure', source: SRC },
    ]),
  );
  const events: ChronicleEvent[] = [];
  const summits: Summit[] = [];
  let n = 0;
  const add = (e: Omit<ChronicleEvent, 'id' | 'source' | 'summary'>): void => {
    n += 1;
    events.push({ ...e, id: `syn-${n}`, source: SRC, summary: `synthetic ${e.type}` } as ChronicleEvent);
  };
  for (let year = 1995; year <= 2022; year++) {
    const day = `${year}-${pad(1 + Math.floor(next() * 11))}-${pad(1 + Math.floor(next() * 27))}`;
    const absent = PARTIES.filter((p) => p !== 'RUS' && next() < 0.12);
    summits.push({
      id: `syn-summit-${year}`,
      date: day,
      forum: 'CSTO',
      place: 'Moscow',
      absent,
      refused_to_sign: [],
      attendance_checked: true,
      source: SRC,
    });
    for (const a of absent) add({ type: 'summit.absent', actor: a, target: 'CSTO', date: day, details: { meeting: `syn-summit-${year}` } });
    if (year >= 2004) {
      const host = pick(PARTIES);
      add({
        type: 'exercise.held',
        actor: host,
        target: 'CSTO',
        date: `${year}-09`,
        details: { name: `Drill-${year}`, participants: PARTIES.filter(() => next() < 0.85) },
      });
      if (next() < 0.3)
        add({
          type: 'exercise.boycotted',
          actor: pick(PARTIES.slice(1)),
          target: host,
          date: `${year}-09`,
          details: { name: `Drill-${year}` },
        });
      if (next() < 0.1)
        add({ type: 'exercise.cancelled', actor: host, target: 'CSTO', date: `${year}-08`, details: { name: `Drill-${year}` } });
    }
    if (next() < 0.35) {
      const requester = pick(PARTIES.slice(1));
      const outcome = pick(['deploy', 'mission', 'statement', 'none'] as const);
      add({
        type: 'assistance.requested',
        actor: requester,
        target: 'CSTO',
        date: `${year}-${pad(2 + Math.floor(next() * 9))}`,
        details: { threat: pick(['external_attack', 'border_clash', 'internal_unrest', 'terrorism'] as const), outcome },
      });
    }
    if (next() < 0.3)
      add({ type: 'clash', actor: 'TJK', target: 'KGZ', date: `${year}-05`, details: { crisis: true, alliance_response: 'statement' } });
    if (next() < 0.4)
      add({
        type: 'external.cooperation',
        actor: pick(PARTIES.slice(1)),
        target: pick(['CHN', 'TUR', 'USA'] as const),
        date: `${year}-06`,
      });
  }
  // The default pack's alliance and treaty (hegemon, forums, parameters) over synthetic members and events.
  const { alliance, treaty } = loadPack();
  return { alliance, treaty, members, summits, events, curatedTo: '2022-12-31', noticeMonths: 6 };
}
