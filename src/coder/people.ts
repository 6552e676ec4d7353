import type { Leader } from '../domain/index.js';
import type { Person } from './gazetteer.js';

/** One office or identity a name can refer to; undated entries hold at any date. */
export interface PersonTerm {
  readonly code: string;
  readonly name: string;
  readonly from?: string;
  readonly to?: string | null;
  readonly born?: string;
}

/** Names (full names, aliases, surnames) to the terms they may refer to. */
export type PeopleIndex = ReadonlyMap<string, readonly PersonTerm[]>;

function add(index: Map<string, PersonTerm[]>, key: string, term: PersonTerm): void {
  const list = index.get(key) ?? [];
  if (!list.some((t) => t.code === term.code && t.from === term.from)) list.push(term);
  index.set(key, list);
}

// A surname alone is how the news refers to a leader after first mention ("Tokayev said").
function keys(name: string, aliases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of [name, ...aliases]) {
    out.add(n);
    const last = n.split(/\s+/).pop()!;
    if (last.length >= 4) out.add(last);
  }
  return [...out];
}

/** Builds the index from dated leaders (the pack) and the gazetteer's undated people. */
export function indexPeople(leaders: readonly Leader[], people: readonly Person[]): PeopleIndex {
  const index = new Map<string, PersonTerm[]>();
  for (const l of leaders) {
    for (const k of keys(l.name, l.aliases)) add(index, k, { code: l.country, name: l.name, from: l.from, to: l.to });
  }
  for (const p of people) {
    const term: PersonTerm = p.born ? { code: p.code, name: p.name, born: p.born } : { code: p.code, name: p.name };
    for (const k of keys(p.name, p.aliases)) add(index, k, term);
  }
  return index;
}

/** The actor a name stands for on a day: the term in office then, else the nearest term. */
export function resolvePerson(terms: readonly PersonTerm[], day: string): PersonTerm | undefined {
  let best: PersonTerm | undefined;
  let bestGap = Infinity;
  for (const t of terms) {
    if (t.from === undefined) {
      if (best === undefined) best = t;
      continue;
    }
    const to = t.to ?? '9999-12-31';
    const gap = day < t.from ? Date.parse(t.from) - Date.parse(day) : day > to ? Date.parse(day) - Date.parse(to) : 0;
    if (gap < bestGap) {
      best = t;
      bestGap = gap;
    }
  }
  return best;
}
