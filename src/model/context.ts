import { dayOf, knownDay, statusOn, type AllianceSnapshot, type ChronicleEvent } from '../domain/index.js';
import { alignmentAsOf } from './alignment.js';

/** What the model reads: one snapshot of the alliance (a `Pack` fits, and so does what the store returns). */
export type ModelData = AllianceSnapshot;

/** A commitment that draws on the hegemon's forces on the date (a war, a peacekeeping operation). */
export interface Commitment {
  readonly id: string;
  readonly kind: 'war' | 'peacekeeping';
  readonly where: string;
}

/** One recorded `external.cooperation` (the pack's ties: a common organisation, arms supply, exercises, …). */
export interface CooperationRecord {
  readonly id: string;
  readonly actor: string;
  readonly target: string;
  /** `details.kind`, which says whether the tie is a standing relation (params `ties.kinds`) or a one-off. */
  readonly kind: string | null;
}

/** The facts the model reads, all as known on `as_of`: nothing dated or reported later is in here. */
export interface ModelContext {
  readonly as_of: string;
  readonly day: number;
  /** Full members on the date: the states that sit on the Council and can block. */
  readonly members: readonly string[];
  /** Treaty rules whose instrument was in force (or, with no date of entry into force, signed) by the date. */
  readonly rules: readonly string[];
  /** What invoking each article of the treaty asks for (from its provisions, whatever their date). */
  readonly invocations: Readonly<Record<string, Invocation>>;
  /** Ids of the treaty instruments in force (or signed, with no date of entry into force) by the date. */
  readonly instruments: readonly string[];
  readonly hegemon: string;
  readonly commitments: readonly Commitment[];
  /** Standing bases of the hegemon, by host state. */
  readonly bases: Readonly<Record<string, number>>;
  /** Recorded cooperation between states, known by the date. */
  readonly cooperation: readonly CooperationRecord[];
  /** Each party's alignment with the hegemon, 0..1, from the cohesion indicators as of the date. */
  readonly alignment: Readonly<Record<string, number>>;
  /** The indicators' prior alignment: the value of a member with nothing on record. */
  readonly alignment_prior: number;
  /** Each party's participation in the alliance's exercises and summits, 0..1, from the indicators as of the date. */
  readonly participation: Readonly<Record<string, number>>;
  /** The indicators' prior participation. */
  readonly participation_prior: number;
  /** Set only by an override (`assess()`'s simulated capacity); otherwise read from `commitments`. */
  readonly spare?: number | undefined;
}

/** What a request invoking a treaty article asks for: collective defence, or consultations. */
export type Invocation = 'collective_defence' | 'consultation';

/** The article numbers of the provisions that define collective defence and consultations. */
export function invocationsOf(treaty: AllianceSnapshot['treaty']): Record<string, Invocation> {
  const out: Record<string, Invocation> = {};
  for (const p of treaty.provisions) if (p.rule === 'collective_defence' || p.rule === 'consultation') out[p.article] ??= p.rule;
  return out;
}

/** What invoking `article` asks for in this context; null when no article was invoked or the treaty gives it no such rule. */
export function invokes(ctx: Pick<ModelContext, 'invocations'>, article: string | null): Invocation | null {
  return article === null ? null : (ctx.invocations[article] ?? null);
}

/** Reads the model's factors from the data as known on `date` (YYYY-MM-DD), without hindsight. */
export function buildContext(data: ModelData, date: string): ModelContext {
  const hegemon = data.alliance.hegemon;
  const day = dayOf(date);
  const known = data.events.filter((e) => (knownDay(e) ?? Infinity) <= day);
  const members = data.members
    .filter((m) => statusOn(m, date).status === 'member')
    .map((m) => m.code)
    .sort();
  const inForce = new Set(data.treaty.instruments.filter((i) => dayOf(i.in_force ?? i.signed) <= day).map((i) => i.id));
  const rules = [...new Set(data.treaty.provisions.filter((p) => inForce.has(p.instrument)).map((p) => p.rule))].sort();
  const reading = alignmentAsOf(data, date);
  return {
    as_of: date,
    day,
    members,
    rules,
    invocations: invocationsOf(data.treaty),
    instruments: [...inForce].sort(),
    hegemon,
    commitments: commitmentsOf(known, hegemon, day),
    bases: basesOf(known, hegemon),
    cooperation: cooperationOf(known),
    alignment: reading.values,
    alignment_prior: reading.prior,
    participation: reading.participation,
    participation_prior: reading.participation_prior,
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
      const over = known.some(
        (x) =>
          x.type === 'deployment.ended' &&
          x.actor === hegemon &&
          x.target === e.target &&
          (x.details as Record<string, unknown> | undefined)?.['kind'] === 'peacekeeping',
      );
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

function cooperationOf(known: readonly ChronicleEvent[]): CooperationRecord[] {
  const out: CooperationRecord[] = [];
  for (const e of known) {
    if (e.type !== 'external.cooperation' || e.target === null) continue;
    const kind = (e.details as Record<string, unknown> | undefined)?.['kind'];
    out.push({ id: e.id, actor: e.actor, target: e.target, kind: typeof kind === 'string' ? kind : null });
  }
  return out;
}
