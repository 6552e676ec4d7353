import type { Summit } from '../domain/index.js';
import { type Compiled, intensityOf, slotOf } from './compile.js';
import { SLOT, WIDTH, growth, tauDays } from './ledger.js';
import type { IndicatorEvent } from './types.js';

/** Called for every amount an item adds to a slot, so `--explain` can say what moved a figure. */
export type Recorder = (row: number, slot: number, amount: number) => void;

/**
 * Turns items (events and summits) into amounts added to the ledger. One class so the hot loop
 * over a million events stays monomorphic and allocates nothing per event.
 */
export class Emitter {
  private readonly alliance: number;
  private readonly tauP: number;
  private readonly tauG: number;
  private readonly tauA: number;
  private readonly tauC: number;
  private readonly tauO: number;
  private readonly targets: ReadonlySet<string>;

  constructor(
    private readonly c: Compiled,
    public ledger: Float64Array,
    private readonly rec?: Recorder,
  ) {
    const hl = c.weights.half_life_months;
    this.alliance = c.roster.size;
    this.tauP = tauDays(hl.participation);
    this.tauG = tauDays(hl.guarantee);
    this.tauA = tauDays(hl.alignment);
    this.tauC = tauDays(hl.conflict);
    this.tauO = tauDays(hl.outside_pull);
    this.targets = new Set(c.weights.guarantee.targets);
  }

  private add(row: number, slot: number, amount: number): void {
    this.ledger[row * WIDTH + slot]! += amount;
    if (this.rec) this.rec(row, slot, amount);
  }

  // The member's own row always; the alliance's pooled row only while the member takes part fully.
  private both(row: number, active: boolean, slot: number, amount: number): void {
    this.add(row, slot, amount);
    if (active) this.add(this.alliance, slot, amount);
  }

  /** Adds one item's amounts to the ledger. */
  emit(item: number): void {
    const h = this.c.happened[slotOf(this.c, item)]!;
    if (item < 0) this.summit(-1 - item, h);
    else if (item < this.c.events.length) this.event(item, h);
    else this.revision(item - this.c.events.length, h);
  }

  // A fact reported after its event: the request's outcome (it stops being pending and is scored),
  // or a revised death toll (the clash's intensity moves by the difference).
  private revision(k: number, h: number): void {
    const r = this.c.revisions[k]!;
    const e = this.c.events[r.event]!;
    const row = this.c.roster.index.get(e.actor);
    if (row === undefined) return;
    if (r.kind === 'fatalities') return this.clash(e, row, h, r.amount, false);
    if (e.target === null || !this.targets.has(e.target)) return;
    const outcome = e.details?.['outcome'] as 'deploy' | 'mission' | 'statement' | 'none';
    const active = this.c.roster.isParty(row, h);
    const f = growth(h, this.tauG, this.c.epoch);
    this.both(row, active, SLOT.N_PENDING, -1);
    this.both(row, active, SLOT.G_GOOD, this.c.weights.guarantee.outcome_score[outcome] * f);
    this.both(row, active, SLOT.G_TOTAL, f);
    this.both(row, active, SLOT.N_REQUEST, 1);
  }

  private forumWeight(forum: string): number {
    return this.c.weights.participation.summit[forum] ?? 0;
  }

  // Every party is expected at its forum's summits; a suspended or frozen one counts as absent,
  // since it has stopped taking part whatever the record says about that day.
  private attendance(row: number, s: Summit, day: number): 'present' | 'absent' | undefined {
    const members = this.c.weights.participation.forum_members[s.forum];
    const code = this.c.roster.members[row]!.code;
    if (!this.c.roster.isParty(row, day) || (members !== undefined && !members.includes(code))) return undefined;
    return s.absent.includes(code) || !this.c.roster.isActive(row, day) ? 'absent' : 'present';
  }

  private summit(j: number, h: number): void {
    const s = this.c.summits[j]!;
    const { roster, weights } = this.c;
    const f = growth(h, this.tauP, this.c.epoch);
    const fw = this.forumWeight(s.forum) * f;
    for (let r = 0; fw > 0 && r < roster.size; r++) {
      const seen = this.attendance(r, s, h);
      if (seen === undefined) continue;
      const absent = seen === 'absent';
      if (!absent) this.both(r, true, SLOT.P_GOOD, fw);
      this.both(r, true, SLOT.P_TOTAL, fw);
      this.both(r, true, absent ? SLOT.N_SUMMIT_OUT : SLOT.N_SUMMIT_IN, 1);
    }
    for (const code of s.refused_to_sign) {
      const r = roster.index.get(code);
      if (r === undefined) continue;
      const party = roster.isParty(r, h);
      this.both(r, party, SLOT.P_TOTAL, weights.participation.refusal * f);
      this.both(r, party, SLOT.N_REFUSAL, 1);
    }
  }

  private event(index: number, h: number): void {
    const e = this.c.events[index]!;
    const { roster, weights } = this.c;
    const row = roster.index.get(e.actor);
    if (row === undefined) return;
    // Pooled alliance figures cover every party, suspended and frozen ones included.
    const active = roster.isParty(row, h);
    const d = e.details;
    switch (e.type) {
      case 'exercise.held': {
        const f = weights.participation.exercise * growth(h, this.tauP, this.c.epoch);
        const listed = Array.isArray(d?.['participants']);
        const parts = listed ? (d!['participants'] as unknown[]) : [];
        const rows = new Set<number>([row]);
        for (const p of parts) if (typeof p === 'string' && roster.index.has(p)) rows.add(roster.index.get(p)!);
        for (const r of rows) {
          const party = roster.isParty(r, h);
          this.both(r, party, SLOT.P_GOOD, f);
          this.both(r, party, SLOT.P_TOTAL, f);
          this.both(r, party, SLOT.N_EXERCISE, 1);
        }
        // With a list, a party left off it did not take part; an active one only partly counts,
        // as some exercises are regional and were never meant for every member.
        for (let r = 0; listed && r < roster.size; r++) {
          if (rows.has(r) || !roster.isParty(r, h)) continue;
          const miss = roster.isActive(r, h) ? weights.participation.unlisted : 1;
          this.both(r, true, SLOT.P_TOTAL, f * miss);
          this.both(r, true, SLOT.N_UNLISTED, 1);
        }
        return;
      }
      case 'exercise.boycotted':
      case 'exercise.cancelled':
        this.both(row, active, SLOT.P_TOTAL, weights.participation.exercise * growth(h, this.tauP, this.c.epoch));
        this.both(row, active, e.type === 'exercise.boycotted' ? SLOT.N_BOYCOTT : SLOT.N_CANCEL, 1);
        return;
      case 'summit.absent':
        return this.absence(e, row, active, h);
      case 'declaration.refused': {
        const ref = d?.['meeting'] ?? d?.['document'];
        const j = typeof ref === 'string' ? this.c.summitById.get(ref) : undefined;
        // Already counted from the summit's own record.
        if (j !== undefined && this.c.summits[j]!.refused_to_sign.includes(e.actor)) return;
        this.both(row, active, SLOT.P_TOTAL, weights.participation.refusal * growth(h, this.tauP, this.c.epoch));
        this.both(row, active, SLOT.N_REFUSAL, 1);
        return;
      }
      case 'assistance.requested': {
        // Pending from the day the request is known; its outcome is scored by a revision on the day it was reported.
        if (e.target === null || !this.targets.has(e.target)) return;
        this.both(row, active, SLOT.N_PENDING, 1);
        return;
      }
      case 'alignment.supported':
      case 'alignment.diverged': {
        if (row === this.c.hegemonRow || (e.target !== null && e.target !== this.c.hegemon)) return;
        const f = weights.alignment.event_weight * growth(h, this.tauA, this.c.epoch);
        if (e.type === 'alignment.supported') this.both(row, active, SLOT.A_GOOD, f);
        this.both(row, active, SLOT.A_TOTAL, f);
        this.both(row, active, SLOT.N_ALIGN, 1);
        return;
      }
      case 'un.vote':
        return this.vote(e, row, active, h);
      case 'clash':
        return this.clash(e, row, h, intensityOf(this.c.firstFatalities.get(index) ?? 0), true);
      case 'external.cooperation': {
        if (row === this.c.hegemonRow || e.target === null || this.c.forums.has(e.target)) return;
        const t = roster.index.get(e.target);
        if (t !== undefined && roster.isParty(t, h)) return;
        const op = weights.outside_pull;
        const w = op.partners[e.target] ?? op.other_partner;
        this.both(row, active, SLOT.O_INTENSITY, w * growth(h, this.tauO, this.c.epoch));
        this.both(row, active, SLOT.N_COOP, 1);
        return;
      }
      default:
        return;
    }
  }

  // An absence the summit record missed turns a counted attendance into an absence, on the day
  // the absence became known; one the record lacks entirely is a new observation.
  private absence(e: IndicatorEvent, row: number, active: boolean, h: number): void {
    const meeting = e.details?.['meeting'];
    const j = typeof meeting === 'string' ? this.c.summitById.get(meeting) : undefined;
    if (j === undefined) {
      const fw = this.forumWeight(e.target ?? '') * growth(h, this.tauP, this.c.epoch);
      if (fw === 0) return;
      this.both(row, active, SLOT.P_TOTAL, fw);
      this.both(row, active, SLOT.N_SUMMIT_OUT, 1);
      return;
    }
    const s = this.c.summits[j]!;
    const day = this.c.happened[this.c.events.length + j]!;
    if (this.attendance(row, s, day) !== 'present') return;
    const fw = this.forumWeight(s.forum) * growth(day, this.tauP, this.c.epoch);
    if (fw === 0) return;
    this.both(row, true, SLOT.P_GOOD, -fw);
    this.both(row, true, SLOT.N_SUMMIT_IN, -1);
    this.both(row, true, SLOT.N_SUMMIT_OUT, 1);
  }

  private vote(e: IndicatorEvent, row: number, active: boolean, h: number): void {
    if (row === this.c.hegemonRow) return;
    const res = e.details?.['resolution'];
    const own = e.details?.['vote'];
    const theirs = typeof res === 'string' ? this.c.hegemonVote.get(res) : undefined;
    if (theirs === undefined || typeof own !== 'string' || own === 'absent' || theirs === 'absent') return;
    const a = this.c.weights.alignment.vote_agreement;
    const score = own === theirs ? a.same : own === 'abstain' || theirs === 'abstain' ? a.one_abstains : a.opposite;
    const f = growth(h, this.tauA, this.c.epoch);
    this.both(row, active, SLOT.A_GOOD, score * f);
    this.both(row, active, SLOT.A_TOTAL, f);
    this.both(row, active, SLOT.N_VOTE, 1);
  }

  // `intensity` is the clash's first intensity (`count` true) or a revision's change to it.
  private clash(e: IndicatorEvent, row: number, h: number, intensity: number, count: boolean): void {
    const { roster } = this.c;
    const other = e.target === null ? undefined : roster.index.get(e.target);
    if (other === undefined || other === row || !roster.isParty(row, h) || !roster.isParty(other, h)) return;
    const amount = intensity * growth(h, this.tauC, this.c.epoch);
    for (const r of [row, other, this.alliance]) {
      this.add(r, SLOT.C_INTENSITY, amount);
      if (count) this.add(r, SLOT.N_CLASH, 1);
    }
  }
}
