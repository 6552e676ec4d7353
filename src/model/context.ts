import { dayOf, knownDay, statusOn, type ChronicleEvent, type Member, type Treaty } from '../domain/index.js';

/** What the model reads from the data pack (a `Pack` fits, and so does what the store returns). */
export interface ModelData {
  readonly members: readonly Member[];
  readonly treaty: Treaty;
  readonly events: readonly ChronicleEvent[];
}

/** A commitment that draws on the hegemon's forces on the date (a war, a peacekeeping operation). */
export interface Commitment {
  readonly id: string;
  readonly kind: 'war' | 'peacekeeping';
  readonly where: string;
}

/** One public signal of a member's alignment with the hegemon: +1 backing, -1 distancing. */
export interface AlignmentSignal {
  readonly member: string;
  readonly day: number;
  readonly sign: 1 | -1;
}

/** The facts the model reads, all as known on `as_of`: nothing dated or reported later is in here. */
export interface ModelContext {
  readonly as_of: string;
  readonly day: number;
  /** Full members on the date: the states that sit on the Council and can block. */
  readonly members: readonly string[];
  /** Treaty rules whose instrument was in force (or, with no date of entry into force, signed) by the date. */
  readonly rules: readonly string[];
  readonly hegemon: string;
  readonly commitments: readonly Commitment[];
  /** Standing bases of the hegemon, by host state. */
  readonly bases: Readonly<Record<string, number>>;
  /** Recorded security cooperation, `MEMBER>OTHER` → number of events. */
  readonly cooperation: Readonly<Record<string, number>>;
  readonly alignment: readonly AlignmentSignal[];
}

/** Reads the model's factors from the data as known on `date` (YYYY-MM-DD), without hindsight. */
export function buildContext(data: ModelData, date: string, hegemon = 'RUS'): ModelContext {
  const day = dayOf(date);
  const known = data.events.filter((e) => (knownDay(e) ?? Infinity) <= day);
  const members = data.members.filter((m) => statusOn(m, date).status === 'member').map((m) => m.code).sort();
  const inForce = new Set(
    data.treaty.instruments.filter((i) => dayOf(i.in_force ?? i.signed) <= day).map((i) => i.id),
  );
  const rules = [...new Set(data.treaty.provisions.filter((p) => inForce.has(p.instrument)).map((p) => p.rule))].sort();
  return {
    as_of: date,
    day,
    members,
    rules,
    hegemon,
    commitments: commitmentsOf(known, hegemon, day),
    bases: basesOf(known, hegemon),
    cooperation: cooperationOf(known),
    alignment: alignmentOf(known, hegemon),
  };
}

// A war counts until its `ended` day passes; peacekeeping until a matching deployment.ended is known.
function commitmentsOf(known: readonly ChronicleEvent[], hegemon: string, day: number): Commitment[] {
  const out: Commitment[] = [];
  for (const e of known) {
    if (e.actor !== hegemon || e.target === null) continue;
    const d = (e.details ?? {}) as Record<string, unknown>;
    if (e.type === 'clash' && d['war'] === true) {
      const ended = typeof d['ended'] === 'string' ? dayOf(d['ended']) : Infinity;
      if (ended > day) out.push({ id: e.id, kind: 'war', where: e.target });
    }
    if (e.type === 'deployment.started' && d['kind'] === 'peacekeeping') {
      const over = known.some((x) => x.type === 'deployment.ended' && x.actor === hegemon && x.target === e.target && (x.details as Record<string, unknown> | undefined)?.['kind'] === 'peacekeeping');
      if (!over) out.push({ id: e.id, kind: 'peacekeeping', where: e.target });
    }
  }
  return out;
}

function basesOf(known: readonly ChronicleEvent[], hegemon: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of known) {
    if (e.type !== 'deployment.started' || e.actor !== hegemon || e.target === null) continue;
    if ((e.details as Record<string, unknown> | undefined)?.['kind'] !== 'base') continue;
    out[e.target] = (out[e.target] ?? 0) + 1;
  }
  return out;
}

function cooperationOf(known: readonly ChronicleEvent[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of known) {
    if (e.type !== 'external.cooperation' || e.target === null) continue;
    const key = `${e.actor}>${e.target}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

// Explicit backing or distancing, plus each UN vote set against the hegemon's own vote on that resolution.
function alignmentOf(known: readonly ChronicleEvent[], hegemon: string): AlignmentSignal[] {
  const out: AlignmentSignal[] = [];
  const hegemonVote = new Map<string, string>();
  for (const e of known) {
    if (e.type === 'un.vote' && e.actor === hegemon && e.details) hegemonVote.set(String(e.details.resolution), String(e.details.vote));
  }
  for (const e of known) {
    const day = knownDay(e) ?? 0;
    if (e.type === 'alignment.supported' && e.target === hegemon) out.push({ member: e.actor, day, sign: 1 });
    if (e.type === 'alignment.diverged' && e.target === hegemon) out.push({ member: e.actor, day, sign: -1 });
    if (e.type === 'un.vote' && e.actor !== hegemon && e.details && e.details.vote !== 'absent') {
      const theirs = hegemonVote.get(String(e.details.resolution));
      if (theirs !== undefined && theirs !== 'absent') out.push({ member: e.actor, day, sign: theirs === e.details.vote ? 1 : -1 });
    }
  }
  return out;
}
