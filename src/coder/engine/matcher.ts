import type { Lexicon } from './lexicon.js';
import type { TokenSpec } from './pattern.js';
import type { Token } from './token.js';

/** A pattern compiled to tests; `lengths` says how many tokens each way of matching at i consumes. */
export interface CompiledSpec {
  readonly lengths: (tokens: readonly Token[], i: number) => readonly number[];
  readonly op: '?' | '*' | '+' | undefined;
  readonly gap: readonly [number, number] | undefined;
  readonly slot: string | undefined;
  readonly trigger: boolean;
  readonly source: TokenSpec;
}

const list = (v: string | string[] | undefined): readonly string[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v];
const ONE: readonly number[] = [1];
const isPossessive = (t: Token | undefined): boolean =>
  t !== undefined && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’');
const NONE: readonly number[] = [];

/** Compiles one token spec against a lexicon (class names are checked here, so a typo fails at load). */
export function compileSpec(spec: TokenSpec, lexicon: Lexicon, where: string): CompiledSpec {
  const lower = list(spec.lower);
  const lemma = list(spec.lemma);
  const classes = list(spec.class);
  const pos = list(spec.pos);
  const codes = list(spec.code);
  const kinds = list(spec.kind);
  const feats = spec.feats ? Object.entries(spec.feats).map(([k, v]) => [k, list(v)!] as const) : undefined;
  for (const c of [...(classes ?? []), ...(spec.notAfter ? [spec.notAfter] : [])])
    if (!lexicon.names.has(c)) throw new Error(`${where}: unknown word class "${c}"`);
  const not = spec.not ? compileSpec(spec.not, lexicon, `${where}.not`) : undefined;
  const or = spec.or?.map((s, k) => compileSpec(s, lexicon, `${where}.or[${k}]`));
  const wantsActor = spec.actor !== undefined || codes !== undefined || kinds !== undefined;
  const modifier = spec.modifier ?? (wantsActor ? false : undefined);

  // Every single-token test; `undefined` POS (before analysis) passes the POS and feature tests.
  const single = (t: Token): boolean => {
    if (lower && !lower.includes(t.lower)) return false;
    if (lemma && !t.lemmas.some((l) => lemma.includes(l))) return false;
    if (pos && t.pos !== undefined && !pos.includes(t.pos)) return false;
    if (feats && t.feats !== undefined && !feats.every(([k, vs]) => vs.includes(t.feats![k] ?? ''))) return false;
    if (wantsActor || modifier !== undefined) {
      const a = t.actor;
      if (!a) return !wantsActor && modifier === false ? true : false;
      if (modifier !== 'any' && modifier !== undefined && a.modifier !== modifier) return false;
      if (a.speaker) return false;
      if (spec.actor === 'state' && !a.state) return false;
      if (spec.actor === 'org' && a.state) return false;
      if (spec.actor === 'agent' && (a.kind === 'demonym' || a.kind === 'place')) return false;
      if (codes && !a.codes.some((c) => codes.includes(c))) return false;
      if (kinds && !kinds.includes(a.kind)) return false;
    }
    return true;
  };
  const lengths = (tokens: readonly Token[], i: number): readonly number[] => {
    const t = tokens[i];
    if (!t) return NONE;
    if (or) {
      const out = new Set<number>();
      for (const o of or) for (const n of o.lengths(tokens, i)) out.add(n);
      if (!out.size) return NONE;
      return single(t) ? [...out] : NONE;
    }
    if (not && not.lengths(tokens, i).length) return NONE;
    if (!single(t)) return NONE;
    if (spec.possessive !== undefined && isPossessive(tokens[i + 1]) !== spec.possessive) return NONE;
    if (spec.notAfter && i > 0 && lexicon.has(tokens, i - 1, spec.notAfter)) return NONE;
    if (!classes) return ONE;
    if (classes.length === 1) return lexicon.spansAt(tokens, i, classes[0]!);
    const out: number[] = [];
    for (const c of classes) for (const n of lexicon.spansAt(tokens, i, c)) out.push(n);
    return out;
  };
  return { lengths, op: spec.op, gap: spec.gap, slot: spec.slot, trigger: spec.trigger === true, source: spec };
}

/** One way a pattern matched: token ranges are [start, end). */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  readonly trigger: readonly [number, number];
  readonly slots: ReadonlyMap<string, number>;
}

interface State {
  trigger: [number, number] | undefined;
  /** Bound slots in order, undone by truncating on backtrack. */
  slots: [string, number][];
}

/**
 * The first match of `specs` starting at token `start` (depth-first: optional items and repeats are
 * tried greedily, gaps shortest first), or undefined. `blocked[i]` marks a clause break that no gap
 * may skip; a gap never skips an acting actor either, so a slot binds the nearest one.
 */
export function matchAt(
  tokens: readonly Token[],
  specs: readonly CompiledSpec[],
  start: number,
  blocked: readonly boolean[],
): PatternMatch | undefined {
  const st: State = { trigger: undefined, slots: [] };
  const end = step(tokens, specs, 0, start, blocked, st);
  if (end === undefined) return undefined;
  return { start, end, trigger: st.trigger ?? [start, end], slots: new Map(st.slots) };
}

function mark(st: State, spec: CompiledSpec, i: number, n: number): void {
  if (spec.trigger) st.trigger = st.trigger ? [Math.min(st.trigger[0], i), Math.max(st.trigger[1], i + n)] : [i, i + n];
  if (spec.slot && n > 0) st.slots.push([spec.slot, i]);
}

function step(
  tokens: readonly Token[],
  specs: readonly CompiledSpec[],
  k: number,
  i: number,
  blocked: readonly boolean[],
  st: State,
): number | undefined {
  if (k === specs.length) return i;
  const spec = specs[k]!;
  if (spec.gap) {
    const [min, max] = spec.gap;
    for (let n = 0; n <= max; n++) {
      if (n > 0) {
        const t = tokens[i + n - 1];
        if (!t || blocked[i + n - 1] || (t.actor && !t.actor.modifier)) break;
      }
      if (n < min) continue;
      const saved = snapshot(st);
      const r = step(tokens, specs, k + 1, i + n, blocked, st);
      if (r !== undefined) return r;
      restore(st, saved);
    }
    return undefined;
  }
  if (spec.op === '*' || spec.op === '+') {
    // Greedy runs of single matches, then back off.
    const ends: number[] = [i];
    let j = i;
    for (;;) {
      const ls = spec.lengths(tokens, j);
      if (!ls.length) break;
      j += Math.max(...ls);
      ends.push(j);
    }
    for (let e = ends.length - 1; e >= (spec.op === '+' ? 1 : 0); e--) {
      const saved = snapshot(st);
      if (e > 0) mark(st, spec, i, ends[e]! - i);
      const r = step(tokens, specs, k + 1, ends[e]!, blocked, st);
      if (r !== undefined) return r;
      restore(st, saved);
    }
    return undefined;
  }
  const ls = spec.lengths(tokens, i);
  for (const n of ls.length > 1 ? [...ls].sort((a, b) => b - a) : ls) {
    const saved = snapshot(st);
    mark(st, spec, i, n);
    const r = step(tokens, specs, k + 1, i + n, blocked, st);
    if (r !== undefined) return r;
    restore(st, saved);
  }
  if (spec.op === '?') return step(tokens, specs, k + 1, i, blocked, st);
  return undefined;
}

type Saved = readonly [[number, number] | undefined, number];
function snapshot(st: State): Saved {
  return [st.trigger, st.slots.length];
}
function restore(st: State, s: Saved): void {
  st.trigger = s[0];
  st.slots.length = s[1];
}

/** Every match of a pattern in a sentence, one per trigger position (leftmost start wins). */
export function matchAll(tokens: readonly Token[], specs: readonly CompiledSpec[], blocked: readonly boolean[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  const seen = new Set<number>();
  for (let s = 0; s < tokens.length; s++) {
    const m = matchAt(tokens, specs, s, blocked);
    if (m && !seen.has(m.trigger[0])) {
      seen.add(m.trigger[0]);
      out.push(m);
    }
  }
  return out;
}
