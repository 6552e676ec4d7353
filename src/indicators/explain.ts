import { monthIndexOfDay } from '../domain/index.js';
import { Emitter } from './emit.js';
import type { IndicatorEngine } from './engine.js';
import { eventIndexOf, slotOf } from './compile.js';
import { DECAYED_SLOT_COMPONENT, SLOT, decayTo, emptyLedger, tauDays } from './ledger.js';
import type { AsOfResult } from './types.js';
import type { Component } from './weights.js';

/** One event or summit that moved a figure, and by how much. */
export interface Mover {
  readonly component: Component;
  /** Event id, or summit id for attendance read from summits.jsonl. */
  readonly ref: string;
  readonly type: string;
  readonly date: string | null;
  /**
   * First-order change the item makes to the component's value (0..1 scale) as of the date:
   * for shares `(good - value * total) / (prior weight + total weight)`, for conflict and outside
   * pull `amount * scale / (scale + intensity)^2`. Negative lowers the value.
   */
  readonly effect: number;
}

export interface Explanation {
  readonly code: string;
  readonly movers: readonly Mover[];
}

// The denominators of the shares; every other decayed slot (a share's good part, an intensity) is a numerator.
const TOTAL: Partial<Record<number, Component>> = {
  [SLOT.P_TOTAL]: 'participation',
  [SLOT.G_TOTAL]: 'guarantee',
  [SLOT.A_TOTAL]: 'alignment',
};

/** The items that moved each member's figures as of `asOf`, largest first, `limit` per component. */
export function explain(engine: IndicatorEngine, asOf: string, member?: string, limit = 5): Explanation[] {
  const result: AsOfResult = engine.asOf(asOf, member);
  const c = engine.compiled;
  const w = c.weights;
  const day = engine.checkDay(asOf);
  const rows = result.members.map((m) => c.roster.index.get(m.code)!);
  const decay = DECAYED_SLOT_COMPONENT.map((k) => decayTo(day, tauDays(w.half_life_months[k]), c.epoch));
  const movers = new Map<number, Mover[]>(rows.map((r) => [r, []]));
  const last = monthIndexOfDay(day) - c.firstMonth;
  let good = new Map<string, number>();
  let total = new Map<string, number>();
  const emitter = new Emitter(c, emptyLedger(c.roster.size + 1), (row, slot, amount) => {
    if (!movers.has(row) || slot >= DECAYED_SLOT_COMPONENT.length) return;
    const k = `${row}:${DECAYED_SLOT_COMPONENT[slot]}`;
    const map = TOTAL[slot] ? total : good;
    map.set(k, (map.get(k) ?? 0) + amount * decay[slot]!);
  });
  for (let k = 0; k < c.monthStart[last + 1]!; k++) {
    const item = c.order[k]!;
    if (c.effective[slotOf(c, item)]! > day) continue;
    good = new Map();
    total = new Map();
    emitter.emit(item);
    for (const key of new Set([...good.keys(), ...total.keys()])) {
      const [rowText, component] = key.split(':') as [string, Component];
      const row = Number(rowText);
      const v = result.members[rows.indexOf(row)]!.components[component];
      const g = good.get(key) ?? 0;
      const t = total.get(key) ?? 0;
      let effect: number;
      if (component === 'conflict' || component === 'outside_pull') {
        const scale = component === 'conflict' ? w.conflict.scale : w.outside_pull.scale;
        effect = (g * scale) / (scale + v.weight) ** 2;
      } else {
        effect = (g - v.value * t) / (w.priors[component as keyof typeof w.priors].weight + v.weight);
      }
      if (effect === 0) continue;
      const ei = eventIndexOf(c, item);
      const e = ei === undefined ? undefined : c.events[ei]!;
      const s = item < 0 ? c.summits[-1 - item]! : undefined;
      movers.get(row)!.push({
        component,
        ref: e?.id ?? s?.id ?? `event-${item}`,
        type: e?.type ?? `summit.${s!.forum}`,
        date: e?.date ?? s?.date ?? null,
        effect,
      });
    }
  }
  return rows.map((row) => {
    const all = movers.get(row)!;
    const byComponent = new Map<Component, Mover[]>();
    for (const m of all) byComponent.set(m.component, [...(byComponent.get(m.component) ?? []), m]);
    const top = [...byComponent.values()].flatMap((list) => list.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect)).slice(0, limit));
    return { code: c.roster.members[row]!.code, movers: top };
  });
}
