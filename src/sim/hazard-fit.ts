import { NC, type PanelRow } from './hazard-panel.js';

/** Priors of the exit hazard: where the intercept, the effects and the members' own offsets shrink to. */
export interface HazardPriors {
  /** The base monthly exit rate the intercept shrinks toward, and the prior's sd on the logit scale. */
  readonly base_rate: number;
  readonly intercept_sd: number;
  /** Prior sd of each effect per standard deviation of its covariate (centred on 0). */
  readonly effect_sd: number;
  /** Prior sd of a member's own offset from the pooled intercept (partial pooling). */
  readonly member_sd: number;
}

/**
 * A fitted discrete-time exit hazard: logit h = intercept + offset[member] + Σ effect_k · (x_k − mean_k) / sd_k.
 * Effects are constrained to be ≥ 0: more of a member's grievances, boycotts, absences,
 * disalignment or outside pull never lowers its hazard.
 */
export interface ExitHazard {
  readonly intercept: number;
  readonly effects: Float64Array;
  readonly mean: Float64Array;
  readonly sd: Float64Array;
  readonly offsets: ReadonlyMap<string, number>;
  readonly rows: number;
  readonly events: number;
}

const logit = (p: number): number => Math.log(p / (1 - p));
const softplus = (x: number): number => (x > 30 ? x : Math.log1p(Math.exp(x)));

/** Solves A z = b for a small dense symmetric positive-definite A (Gaussian elimination with pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * z[k]!;
    z[r] = s / m[r]![r]!;
  }
  return z;
}

/** The hazard of one member-month under a fit. */
export function exitHazardOf(h: ExitHazard, code: string, x: ArrayLike<number>): number {
  let z = h.intercept + (h.offsets.get(code) ?? 0);
  for (let k = 0; k < NC; k++) z += h.effects[k]! * ((x[k]! - h.mean[k]!) / h.sd[k]!);
  return 1 / (1 + Math.exp(-z));
}

/** The same fit with every effect set to zero: each member keeps its own (pooled) base rate. */
export function withoutEffects(h: ExitHazard): ExitHazard {
  return { ...h, effects: new Float64Array(NC) };
}

/**
 * Fits the exit hazard to member-months by penalised maximum likelihood (Newton's method): a
 * normal prior on the intercept around the base rate, on each standardised effect around 0, and
 * on each member's offset around 0, so a member's own rate is pooled toward the alliance's and the
 * alliance's toward the base rate. Effects that come out negative are held at 0 and the rest refit.
 */
export function fitExitHazard(rows: readonly PanelRow[], priors: HazardPriors): ExitHazard {
  const codes = [...new Set(rows.map((r) => r.code))].sort();
  const mean = new Float64Array(NC);
  const sd = new Float64Array(NC).fill(1);
  for (let k = 0; k < NC; k++) {
    const xs = rows.map((r) => r.x[k]!);
    const mu = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    const v = xs.length ? xs.reduce((a, b) => a + (b - mu) ** 2, 0) / xs.length : 0;
    mean[k] = mu;
    sd[k] = Math.sqrt(v) > 1e-9 ? Math.sqrt(v) : 1;
  }
  const constant = Array.from({ length: NC }, (_, k) => rows.every((r) => Math.abs(r.x[k]! - mean[k]!) < 1e-12));
  const a0 = logit(priors.base_rate);
  // Parameters: [intercept, effects (NC), offsets (members)].
  const P = 1 + NC + codes.length;
  const theta = new Array<number>(P).fill(0);
  theta[0] = a0;
  const precision = [
    1 / priors.intercept_sd ** 2,
    ...new Array<number>(NC).fill(1 / priors.effect_sd ** 2),
    ...codes.map(() => 1 / priors.member_sd ** 2),
  ];
  const centre = [a0, ...new Array<number>(P - 1).fill(0)];
  const member = new Map(codes.map((c, i) => [c, 1 + NC + i]));
  // Flat arrays for the loops below: each row's standardised covariates behind a leading 1, its offset's index, its outcome.
  const N = rows.length;
  const W = NC + 1;
  const zf = new Float64Array(N * W);
  const mrow = new Int32Array(N);
  const ys = new Uint8Array(N);
  rows.forEach((r, n) => {
    zf[n * W] = 1;
    for (let k = 0; k < NC; k++) zf[n * W + 1 + k] = (r.x[k]! - mean[k]!) / sd[k]!;
    mrow[n] = member.get(r.code)!;
    ys[n] = r.y;
  });
  const held = new Set<number>(constant.flatMap((c, k) => (c ? [1 + k] : [])));
  const etaOf = (th: readonly number[], n: number): number => {
    let eta = th[mrow[n]!]!;
    for (let a = 0; a < W; a++) eta += th[a]! * zf[n * W + a]!;
    return eta;
  };
  const logPosterior = (th: readonly number[]): number => {
    let lp = 0;
    for (let j = 0; j < P; j++) lp -= (precision[j]! * (th[j]! - centre[j]!) ** 2) / 2;
    // log p = -log(1 + e^-eta), log(1 - p) = -log(1 + e^eta), computed without overflow.
    for (let n = 0; n < N; n++) lp -= ys[n] === 1 ? softplus(-etaOf(th, n)) : softplus(etaOf(th, n));
    return lp;
  };
  for (let pass = 0; pass <= NC; pass++) {
    for (const j of held) theta[j] = 0;
    let current = logPosterior(theta);
    for (let it = 0; it < 50; it++) {
      const g = theta.map((t, j) => -precision[j]! * (t - centre[j]!));
      const H = Array.from({ length: P }, (_, i) => Array.from({ length: P }, (_, j) => (i === j ? precision[i]! : 0)));
      for (let n = 0; n < N; n++) {
        const mi = mrow[n]!;
        const p = 1 / (1 + Math.exp(-etaOf(theta, n)));
        const w = p * (1 - p);
        const res = ys[n]! - p;
        const o = n * W;
        for (let a = 0; a < W; a++) {
          const fa = zf[o + a]!;
          g[a]! += res * fa;
          const Ha = H[a]!;
          for (let b = 0; b < W; b++) Ha[b]! += w * fa * zf[o + b]!;
          Ha[mi]! += w * fa;
          H[mi]![a]! += w * fa;
        }
        g[mi]! += res;
        H[mi]![mi]! += w;
      }
      // Held effects stay at 0: their rows and columns are replaced by the identity.
      for (const j of held) {
        for (let i = 0; i < P; i++) H[i]![j] = H[j]![i] = i === j ? 1 : 0;
        g[j] = 0;
      }
      const step = solve(H, g);
      // Newton can overshoot on rare events with extreme covariates: halve the step until the posterior does not fall.
      let t = 1;
      let trial = theta.map((x, j) => x + step[j]!);
      let value = logPosterior(trial);
      while (value < current - 1e-12 && t > 1e-6) {
        t /= 2;
        trial = theta.map((x, j) => x + t * step[j]!);
        value = logPosterior(trial);
      }
      let size = 0;
      for (let j = 0; j < P; j++) {
        size = Math.max(size, Math.abs(trial[j]! - theta[j]!));
        theta[j] = trial[j]!;
      }
      current = value;
      if (size < 1e-7) break;
    }
    const negative = Array.from({ length: NC }, (_, k) => 1 + k).filter((j) => !held.has(j) && theta[j]! < 0);
    if (negative.length === 0) break;
    for (const j of negative) held.add(j);
  }
  for (const j of held) theta[j] = 0;
  return {
    intercept: theta[0]!,
    effects: Float64Array.from({ length: NC }, (_, k) => theta[1 + k]!),
    mean,
    sd,
    offsets: new Map(codes.map((c) => [c, theta[member.get(c)!]!])),
    rows: rows.length,
    events: rows.filter((r) => r.y === 1).length,
  };
}
