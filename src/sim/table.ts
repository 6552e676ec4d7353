import { OUTCOMES } from '../domain/index.js';
import type { FittedMember } from './fit.js';
import { THREAT_LIST } from './params.js';
import type { CrisisDecider } from './types.js';

/** Cumulative outcome probabilities per (member, threat, alignment bin, capacity bin), OUTCOMES order. */
export interface OutcomeTable {
  readonly cum: Float64Array;
  readonly alignmentBins: number;
  readonly capacityBins: number;
}

/** Offset of a cell's four cumulative probabilities. */
export function cellOffset(t: OutcomeTable, member: number, threat: number, a: number, c: number): number {
  return (((member * THREAT_LIST.length + threat) * t.alignmentBins + a) * t.capacityBins + c) * OUTCOMES.length;
}

/** The bin of a 0..1 value among n equal bins. */
export function binOf(x: number, n: number): number {
  const b = Math.floor(x * n);
  return b < 0 ? 0 : b >= n ? n - 1 : b;
}

/**
 * Calls the crisis model once per cell, at the bin centres, so the hot loop only looks probabilities
 * up: members × 4 threats × bins² calls per simulation instead of one per simulated request.
 */
export function buildOutcomeTable(
  members: readonly FittedMember[],
  decide: CrisisDecider,
  asOf: string,
  bins: { readonly alignment: number; readonly capacity: number },
  start: { readonly alignment: Float64Array; readonly capacity: number },
): OutcomeTable {
  const alignmentBins = bins.alignment;
  const capacityBins = bins.capacity;
  const table: OutcomeTable = {
    cum: new Float64Array(members.length * THREAT_LIST.length * alignmentBins * capacityBins * OUTCOMES.length),
    alignmentBins,
    capacityBins,
  };
  for (const [i, m] of members.entries()) {
    for (const [t, threat] of THREAT_LIST.entries()) {
      for (let a = 0; a < alignmentBins; a++) {
        for (let c = 0; c < capacityBins; c++) {
          const d = decide(
            { requester: m.code, asked: m.asked, date: asOf, threat, adversary: m.adversary[t] ?? null, article: null },
            {
              requesterAlignment: (a + 0.5) / alignmentBins,
              hegemonCapacity: (c + 0.5) / capacityBins,
              startAlignment: start.alignment[i]!,
              startCapacity: start.capacity,
            },
          );
          const at = cellOffset(table, i, t, a, c);
          let acc = 0;
          for (const [k, o] of OUTCOMES.entries()) {
            acc += d[o];
            table.cum[at + k] = acc;
          }
          // Rounding must never leave a draw of 0.9999999 without an outcome.
          table.cum[at + OUTCOMES.length - 1] = Number.POSITIVE_INFINITY;
        }
      }
    }
  }
  return table;
}
