/**
 * A small scorer for the coder's own measurements (its tests, `npm run eval`'s per-class recall), written from the matching rules of the events spec (Scoring):
 * per article, predictions are matched one-to-one to gold events; a pair is compatible when the
 * type and actor agree, the target agrees (any target where gold has null), and the predicted date's
 * interval lies inside the gold one (a gold day widened by 3 days each side, or by `tolerance_days`;
 * gold null fits any date; a prediction without a date fits only gold null). Optional gold events
 * earn nothing and cost nothing. Independent of the shared scorer so tests run without ../shared.
 */

export interface GoldEvent {
  readonly type: string;
  readonly actor: string;
  readonly target: string | null;
  readonly date: string | null;
  readonly optional?: boolean;
  readonly tolerance_days?: number;
  readonly note?: string;
}
export interface GoldArticle {
  readonly article_id: string;
  readonly events: readonly GoldEvent[];
}
export interface Predicted {
  readonly article_id: string;
  readonly type: string;
  readonly actor: string;
  readonly target: string | null;
  readonly date: string | null;
}

export type Level = 'type' | 'type+actors' | 'full';
export interface LevelScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}
export interface Score {
  readonly levels: Record<Level, LevelScore>;
  /** Among full matches with a dated gold event: dates at the gold's precision, and dates more precise than it. */
  readonly asPrecise: number;
  readonly overPrecise: number;
  /** Human-readable misses at the full level, for test failure messages. */
  readonly misses: string[];
}

const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);

/** [first, last] day numbers a spec date stands for. */
export function interval(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined && m !== undefined) return [dayOf(y, m, d), dayOf(y, m, d)];
  if (m !== undefined) return [dayOf(y, m, 1), dayOf(y, m + 1, 1) - 1];
  return [dayOf(y, 1, 1), dayOf(y + 1, 1, 1) - 1];
}

function dateFits(gold: GoldEvent, pred: string | null): boolean {
  if (gold.date === null) return true;
  if (pred === null) return false;
  const [gf, gl] = interval(gold.date);
  const widen = gold.date.length === 10 ? (gold.tolerance_days ?? 3) : 0;
  const [pf, pl] = interval(pred);
  return pf >= gf - widen && pl <= gl + widen;
}

function fits(level: Level, g: GoldEvent, p: Predicted): boolean {
  if (g.type !== p.type) return false;
  if (level === 'type') return true;
  if (g.actor !== p.actor || (g.target !== null && g.target !== p.target)) return false;
  return level === 'type+actors' || dateFits(g, p.date);
}

// Maximum bipartite matching (augmenting paths); the sets here are tiny.
function match(
  golds: readonly GoldEvent[],
  preds: readonly Predicted[],
  ok: (g: GoldEvent, p: Predicted) => boolean,
  taken: (number | undefined)[],
): number[] {
  const owner: (number | undefined)[] = taken;
  const tryGold = (gi: number, seen: Set<number>): boolean => {
    for (let pi = 0; pi < preds.length; pi++) {
      if (seen.has(pi) || !ok(golds[gi]!, preds[pi]!)) continue;
      seen.add(pi);
      const o = owner[pi];
      if (o === undefined || (o >= 0 && tryGold(o, seen))) {
        owner[pi] = gi;
        return true;
      }
    }
    return false;
  };
  const matched: number[] = [];
  for (let gi = 0; gi < golds.length; gi++) if (tryGold(gi, new Set())) matched.push(gi);
  return matched;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Scores predictions against gold at the three levels of the spec. */
export function score(gold: readonly GoldArticle[], predictions: readonly Predicted[]): Score {
  const byArticle = new Map<string, Predicted[]>();
  for (const p of predictions) byArticle.set(p.article_id, [...(byArticle.get(p.article_id) ?? []), p]);
  const counts = { type: { tp: 0, fp: 0, fn: 0 }, 'type+actors': { tp: 0, fp: 0, fn: 0 }, full: { tp: 0, fp: 0, fn: 0 } };
  let asPrecise = 0,
    overPrecise = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const preds = byArticle.get(g.article_id) ?? [];
    const required = g.events.filter((e) => !e.optional);
    const optional = g.events.filter((e) => e.optional);
    for (const level of ['type', 'type+actors', 'full'] as const) {
      const owner: (number | undefined)[] = new Array(preds.length).fill(undefined);
      const hit = match(required, preds, (a, b) => fits(level, a, b), owner);
      // Predictions left over may still land on an optional event, at no cost.
      const free = preds.map((_, i) => i).filter((i) => owner[i] === undefined);
      const optOwner: (number | undefined)[] = new Array(preds.length).fill(-1);
      for (const i of free) optOwner[i] = undefined;
      match(optional, preds, (a, b) => fits(level, a, b), optOwner);
      const fp = preds.filter((_, i) => owner[i] === undefined && optOwner[i] === undefined).length;
      counts[level].tp += hit.length;
      counts[level].fn += required.length - hit.length;
      counts[level].fp += fp;
      if (level !== 'full') continue;
      for (let pi = 0; pi < preds.length; pi++) {
        const gi = owner[pi];
        const ge = gi === undefined ? undefined : required[gi];
        const pd = preds[pi]!.date;
        if (ge && ge.date !== null && pd !== null) {
          if (pd.length > ge.date.length) overPrecise++;
          else if (pd.length === ge.date.length) asPrecise++;
        }
      }
      for (let gi = 0; gi < required.length; gi++) if (!hit.includes(gi)) misses.push(`${g.article_id} missed ${show(required[gi]!)}`);
      preds.forEach((p, i) => {
        if (owner[i] === undefined && optOwner[i] === undefined) misses.push(`${g.article_id} extra  ${show(p)}`);
      });
    }
  }
  const levels = {} as Record<Level, LevelScore>;
  for (const level of ['type', 'type+actors', 'full'] as const) {
    const { tp, fp, fn } = counts[level];
    const p = ratio(tp, tp + fp),
      r = ratio(tp, tp + fn);
    levels[level] = { tp, fp, fn, p, r, f1: ratio(2 * p * r, p + r) };
  }
  return { levels, asPrecise, overPrecise, misses };
}

const show = (e: { type: string; actor: string; target: string | null; date: string | null }): string =>
  `${e.type} ${e.actor}->${e.target} ${e.date}`;
