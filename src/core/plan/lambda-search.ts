// The search for the best Lagrangian price λ: a cutting-plane method whose
// model is the priced capacity of every minimum cut seen so far (Kelley 1960).

import type { ActionStatus, BoundProbe, LagrangianBounder } from './lagrangian-bound.js';

/** Minimum cuts met so far, one arc list per scenario each; any s–t cut stays a valid cut in every node. */
export type CutPool = number[][][];

export interface BoundSearchOptions {
  /** Stop as soon as the bound reaches this value (the incumbent: the node is pruned). */
  stopAt: number;
  /** Price to probe first when the pool is empty (the parent's best). */
  hint?: number;
  /** Cuts from earlier probes (the parent's); the search appends its own. */
  pool?: CutPool;
  /** Most cuts kept in the pool (the oldest go first). */
  poolSize?: number;
  /** Keep probing until λ is optimal even when no λ can prune (each probe may yield a better plan). */
  converge?: boolean;
  /** Called with every probe, so callers can read plans off its cuts. */
  onProbe?: (probe: BoundProbe) => void;
  /** No probe after the first starts once `now()` passes this (any probe's bound is valid). */
  deadline?: { at: number; now: () => number };
}

export interface BoundSearch {
  /** The probe with the highest bound. */
  best: BoundProbe;
  pool: CutPool;
}

const MAX_PROBES = 60;

/**
 * Maximises the concave bound L(λ) over the breakpoints. Each probe's cuts
 * join a model M ≥ L (the cheapest priced cut per scenario); the next probe
 * goes where M peaks. The search ends when L meets the peak (λ is optimal), when
 * L reaches `stopAt` (prune) or when the peak is below `stopAt` (no λ prunes: branch).
 */
export function searchBound(
  bounder: LagrangianBounder,
  status: ActionStatus,
  budgetLeft: number,
  options: BoundSearchOptions,
): BoundSearch {
  bounder.setStatus(status);
  const points = [0, ...bounder.breakpoints(status)];
  const pool: CutPool = [...(options.pool ?? [])];
  const poolSize = options.poolSize ?? 12;
  const model = (i: number) => modelValue(bounder, status, budgetLeft, pool, points[i]!);
  const probed = new Set<number>();
  let best: BoundProbe | undefined;
  let next =
    pool.length > 0
      ? peak(points.length, model).at
      : nearest(points, options.hint ?? points[points.length >> 1]!);
  for (let round = 0; round < MAX_PROBES && !probed.has(next); round++) {
    if (round > 0 && options.deadline && options.deadline.now() > options.deadline.at) break;
    probed.add(next);
    const probe = bounder.probe(status, budgetLeft, points[next]!);
    options.onProbe?.(probe);
    if (!best || probe.value > best.value) best = probe;
    if (probe.value >= options.stopAt || probe.value === Infinity) break;
    pool.push(probe.cuts);
    if (pool.length > poolSize) pool.shift();
    const top = peak(points.length, model);
    if (
      (!options.converge && top.value < options.stopAt) ||
      top.value <= best.value + 1e-9 * Math.max(1, Math.abs(best.value))
    )
      break;
    next = top.at;
  }
  return { best: best!, pool };
}

/** The model at λ: per scenario the cheapest pooled cut, priced at λ, less the priced budget. */
function modelValue(
  bounder: LagrangianBounder,
  status: ActionStatus,
  budgetLeft: number,
  pool: CutPool,
  lambda: number,
): number {
  let value = -lambda * budgetLeft;
  bounder.problem.scenarios.forEach((sc, s) => {
    if (sc.weight === 0) return;
    let cheapest = Infinity;
    for (const cuts of pool) {
      // Unbounded probes never join the pool, so an empty cut here is a real one: no arc joins the terminals.
      cheapest = Math.min(cheapest, bounder.cutPrice(status, s, cuts[s] ?? [], lambda));
    }
    value += sc.weight * cheapest;
  });
  return value;
}

/** Peak of a concave function sampled at 0..n-1, by bisection on its increments. */
function peak(n: number, f: (i: number) => number): { at: number; value: number } {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f(mid + 1) > f(mid)) lo = mid + 1;
    else hi = mid;
  }
  return { at: lo, value: f(lo) };
}

function nearest(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
