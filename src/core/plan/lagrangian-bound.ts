// The Lagrangian lower bound (after Royset & Wood 2007): price the budget at
// λ per unit of cost and every scenario becomes one max flow; search λ for the best bound.

import { withCapacities } from '../graph/compact-graph.js';
import { maxFlow } from '../graph/max-flow.js';
import { reducedCapacity, type InterdictionProblem } from './problem.js';

/** Action status in a search node: 0 free, 1 bought, -1 ruled out. */
export type ActionStatus = Int8Array;

export interface BoundProbe {
  lambda: number;
  value: number;
  /** Supergradient: priced cost of the actions taken in the minimum cuts, minus the budget left. */
  slope: number;
  /** Per scenario: the arcs of its minimum cut (empty when unbounded). */
  cuts: number[][];
}

/** Precomputed arc → action incidence, so each probe is one pass plus one max flow per scenario. */
export class LagrangianBounder {
  readonly m: number;
  private readonly start: Int32Array;
  private readonly act: Int32Array;
  private readonly frac: Float64Array;
  private readonly share: Float64Array;
  readonly fracIn: Float64Array;

  constructor(readonly problem: InterdictionProblem) {
    this.m = problem.scenarios[0]?.graph.m ?? 0;
    const count = new Int32Array(this.m + 1);
    for (const a of problem.actions) for (const arc of a.arcs) count[arc + 1]!++;
    for (let i = 0; i < this.m; i++) count[i + 1]! += count[i]!;
    this.start = count.slice();
    const fill = count.slice(0, this.m);
    const total = this.start[this.m]!;
    this.act = new Int32Array(total);
    this.frac = new Float64Array(total);
    this.share = new Float64Array(total);
    problem.actions.forEach((a, k) => {
      // Splitting an action's cost over the arcs it touches keeps the bound valid (each cut pays at most the whole).
      const share = a.cost / Math.max(1, a.arcs.length);
      for (let i = 0; i < a.arcs.length; i++) {
        const p = fill[a.arcs[i]!]!++;
        this.act[p] = k;
        this.frac[p] = a.fractions[i]!;
        this.share[p] = share;
      }
    });
    this.fracIn = new Float64Array(this.m);
  }

  /** Loads the cut fractions of the bought actions. */
  setStatus(status: ActionStatus): void {
    this.fracIn.fill(0);
    this.problem.actions.forEach((a, k) => {
      if (status[k] !== 1) return;
      for (let i = 0; i < a.arcs.length; i++) this.fracIn[a.arcs[i]!]! += a.fractions[i]!;
    });
  }

  /**
   * Cheapest priced capacity of one arc: keep it, or buy free actions on it at
   * `price` per unit of cost share. Returns the capacity and the priced cost taken.
   */
  arcPrice(
    status: ActionStatus,
    cap: number,
    arc: number,
    price: number,
  ): { value: number; taken: number; mask: number } {
    const base = reducedCapacity(cap, this.fracIn[arc]!);
    let best = base;
    let taken = 0;
    let mask = 0;
    const s = this.start[arc]!;
    const e = this.start[arc + 1]!;
    const free: number[] = [];
    for (let p = s; p < e; p++) if (status[this.act[p]!] === 0) free.push(p);
    if (free.length === 0 || base === 0) return { value: base, taken: 0, mask: 0 };
    if (free.length > 12) {
      // Too many subsets: any purchase costs at least the cheapest share and leaves ≥ 0.
      let cheapest = Infinity;
      for (const p of free) cheapest = Math.min(cheapest, this.share[p]!);
      return price * cheapest < best
        ? { value: price * cheapest, taken: cheapest, mask: -1 }
        : { value: best, taken: 0, mask: 0 };
    }
    for (let sub = 1; sub < 1 << free.length; sub++) {
      let f = this.fracIn[arc]!;
      let c = 0;
      for (let j = 0; j < free.length; j++) {
        if (sub & (1 << j)) {
          f += this.frac[free[j]!]!;
          c += this.share[free[j]!]!;
        }
      }
      const v = reducedCapacity(cap, f) + price * c;
      if (v < best) {
        best = v;
        taken = c;
        mask = sub;
      }
    }
    return { value: best, taken, mask };
  }

  /** Free action incidences (action, fraction, share) on an arc. */
  *freeOn(status: ActionStatus, arc: number): Generator<{ action: number; fraction: number; share: number }> {
    for (let p = this.start[arc]!; p < this.start[arc + 1]!; p++) {
      if (status[this.act[p]!] === 0)
        yield { action: this.act[p]!, fraction: this.frac[p]!, share: this.share[p]! };
    }
  }

  /** The bound at one price λ (call `setStatus` first). */
  probe(status: ActionStatus, budgetLeft: number, lambda: number): BoundProbe {
    const S = this.problem.scenarios.length;
    let value = -lambda * budgetLeft;
    let slope = -budgetLeft;
    const cuts: number[][] = [];
    for (const sc of this.problem.scenarios) {
      if (sc.weight === 0) {
        cuts.push([]);
        continue;
      }
      const price = lambda / (S * sc.weight);
      const caps = new Float64Array(this.m);
      for (let a = 0; a < this.m; a++) caps[a] = this.arcPrice(status, sc.graph.caps[a]!, a, price).value;
      const r = maxFlow(withCapacities(sc.graph, caps), sc.sources, sc.sinks);
      if (r.status === 'unbounded') {
        cuts.push([]);
        value = Infinity;
        continue;
      }
      value += sc.weight * r.value;
      cuts.push(r.cutArcs);
      for (const a of r.cutArcs) slope += this.arcPrice(status, sc.graph.caps[a]!, a, price).taken / S;
    }
    return { lambda, value, slope, cuts };
  }

  /** Prices where the cheapest choice on some arc changes: the bound's possible maximisers. */
  breakpoints(status: ActionStatus): number[] {
    const S = this.problem.scenarios.length;
    const out = new Set<number>();
    for (const sc of this.problem.scenarios) {
      if (sc.weight === 0) continue;
      for (let a = 0; a < this.m; a++) {
        const cap = sc.graph.caps[a]!;
        const base = reducedCapacity(cap, this.fracIn[a]!);
        if (base === 0 || base === Infinity) continue;
        for (const f of this.freeOn(status, a)) {
          const drop = base - reducedCapacity(cap, this.fracIn[a]! + f.fraction);
          if (drop > 0 && f.share > 0) out.add((drop / f.share) * S * sc.weight);
        }
      }
    }
    return [...out].sort((x, y) => x - y);
  }
}

export interface BoundSearchOptions {
  /** Stop as soon as the bound reaches this value (the incumbent: the node is pruned). */
  stopAt: number;
  /** Price to probe first (the parent's best). */
  hint?: number;
  /** Called with every probe, so callers can read plans off its cuts. */
  onProbe?: (probe: BoundProbe) => void;
}

/** Maximises the concave bound over λ by bisection on the sorted breakpoints, using the supergradient's sign. */
export function searchBound(
  bounder: LagrangianBounder,
  status: ActionStatus,
  budgetLeft: number,
  options: BoundSearchOptions,
): BoundProbe {
  bounder.setStatus(status);
  const points = [0, ...bounder.breakpoints(status)];
  let lo = 0;
  let hi = points.length - 1;
  let best: BoundProbe | undefined;
  let first = options.hint === undefined ? -1 : nearest(points, options.hint);
  while (lo <= hi) {
    const mid = first >= lo && first <= hi ? first : (lo + hi) >> 1;
    first = -1;
    const probe = bounder.probe(status, budgetLeft, points[mid]!);
    options.onProbe?.(probe);
    if (!best || probe.value > best.value) best = probe;
    if (probe.value >= options.stopAt || probe.value === Infinity) break;
    if (probe.slope > 1e-12) lo = mid + 1;
    else if (probe.slope < -1e-12) hi = mid - 1;
    else break;
  }
  return best!;
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
