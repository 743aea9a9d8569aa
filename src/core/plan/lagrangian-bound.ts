// The Lagrangian lower bound (after Royset & Wood 2007): price the budget at
// λ per unit of cost and every scenario becomes one max flow (lambda-search.ts finds the best λ).

import { withCapacities } from '../graph/compact-graph.js';
import { maxFlow } from '../graph/max-flow.js';
import { capacityAfter, keepOf } from '../model/measures.js';
import type { InterdictionProblem } from './problem.js';

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
  /** Share of the arc each incidence keeps when its action is bought. */
  private readonly keep: Float64Array;
  private readonly share: Float64Array;
  /** Share of each arc's capacity the bought actions keep. */
  readonly keptIn: Float64Array;

  constructor(readonly problem: InterdictionProblem) {
    this.m = problem.scenarios[0]?.graph.m ?? 0;
    const count = new Int32Array(this.m + 1);
    const actions = problem.actions;
    for (let k = 0; k < actions.length; k++) {
      const arcs = actions[k]!.arcs;
      for (let i = 0; i < arcs.length; i++) count[arcs[i]! + 1]!++;
    }
    for (let i = 0; i < this.m; i++) count[i + 1]! += count[i]!;
    this.start = count.slice();
    const fill = count.slice(0, this.m);
    const total = this.start[this.m]!;
    this.act = new Int32Array(total);
    this.keep = new Float64Array(total);
    this.share = new Float64Array(total);
    for (let k = 0; k < actions.length; k++) {
      const a = actions[k]!;
      // Splitting an action's cost over the arcs it touches keeps the bound valid (each cut pays at most the whole).
      const share = a.cost / Math.max(1, a.arcs.length);
      for (let i = 0; i < a.arcs.length; i++) {
        const p = fill[a.arcs[i]!]!++;
        this.act[p] = k;
        this.keep[p] = keepOf(a.fractions[i]!);
        this.share[p] = share;
      }
    }
    this.keptIn = new Float64Array(this.m).fill(1);
  }

  /** Loads the kept shares under the bought actions. */
  setStatus(status: ActionStatus): void {
    this.keptIn.fill(1);
    const actions = this.problem.actions;
    for (let k = 0; k < actions.length; k++) {
      if (status[k] !== 1) continue;
      const a = actions[k]!;
      for (let i = 0; i < a.arcs.length; i++) this.keptIn[a.arcs[i]!]! *= keepOf(a.fractions[i]!);
    }
  }

  /** Priced cost taken by the last `arcPrice` call (kept in a field so the hot loop allocates nothing). */
  taken = 0;

  /**
   * Cheapest priced capacity of one arc: keep it, or buy free actions on it at
   * `price` per unit of cost share. Sets `taken` to the priced cost of that choice.
   */
  arcPrice(status: ActionStatus, cap: number, arc: number, price: number): number {
    const keptIn = this.keptIn[arc]!;
    const base = capacityAfter(cap, keptIn);
    this.taken = 0;
    const s = this.start[arc]!;
    const e = this.start[arc + 1]!;
    if (base === 0 || s === e) return base;
    let nFree = 0;
    let only = -1;
    for (let p = s; p < e; p++) {
      if (status[this.act[p]!] === 0) {
        nFree++;
        only = p;
      }
    }
    if (nFree === 0) return base;
    if (nFree === 1) {
      // The common case (one action per arc): keep it or buy it.
      const v = capacityAfter(cap, keptIn * this.keep[only]!) + price * this.share[only]!;
      if (v < base) {
        this.taken = this.share[only]!;
        return v;
      }
      return base;
    }
    return this.arcPriceSubsets(status, cap, arc, price, base);
  }

  private arcPriceSubsets(
    status: ActionStatus,
    cap: number,
    arc: number,
    price: number,
    base: number,
  ): number {
    const free: number[] = [];
    for (let p = this.start[arc]!; p < this.start[arc + 1]!; p++)
      if (status[this.act[p]!] === 0) free.push(p);
    let best = base;
    if (free.length > 12) {
      // Too many subsets: any purchase costs at least the cheapest share and leaves ≥ 0.
      let cheapest = Infinity;
      for (const p of free) cheapest = Math.min(cheapest, this.share[p]!);
      if (price * cheapest < best) {
        this.taken = cheapest;
        return price * cheapest;
      }
      return best;
    }
    for (let sub = 1; sub < 1 << free.length; sub++) {
      let k = this.keptIn[arc]!;
      let c = 0;
      for (let j = 0; j < free.length; j++) {
        if (sub & (1 << j)) {
          k *= this.keep[free[j]!]!;
          c += this.share[free[j]!]!;
        }
      }
      const v = capacityAfter(cap, k) + price * c;
      if (v < best) {
        best = v;
        this.taken = c;
      }
    }
    return best;
  }

  /**
   * `arcPrice` of every arc, with its common cases (no action, or one action) written out in
   * the loop: one pass over the arcs per probe, which runs before V8 has optimised the calls.
   */
  private pricedCapacities(status: ActionStatus, base: Float64Array, price: number): Float64Array {
    const { m, start, act, keep, share, keptIn } = this;
    const caps = new Float64Array(m);
    for (let a = 0; a < m; a++) {
      const s = start[a]!;
      const e = start[a + 1]!;
      if (e - s > 1) {
        caps[a] = this.arcPrice(status, base[a]!, a, price);
        continue;
      }
      const cap = base[a]!;
      const kept = keptIn[a]!;
      const left = capacityAfter(cap, kept);
      // One store for every case: a store first reached late in the loop (the terminals' arcs
      // come last in an edge list) would throw away the code V8 compiled while the loop ran.
      let priced = left;
      if (left !== 0 && s !== e && status[act[s]!] === 0) {
        const v = capacityAfter(cap, kept * keep[s]!) + price * share[s]!;
        if (v < left) priced = v;
      }
      caps[a] = priced;
    }
    return caps;
  }

  /** Priced capacity of a cut of scenario `s` at λ: at least that scenario's priced minimum cut. */
  cutPrice(status: ActionStatus, s: number, cut: readonly number[], lambda: number): number {
    const sc = this.problem.scenarios[s]!;
    const price = lambda / (this.problem.scenarios.length * sc.weight);
    const caps = sc.graph.caps;
    let total = 0;
    for (const a of cut) total += this.arcPrice(status, caps[a]!, a, price);
    return total;
  }

  /** Free action incidences (action, share of the arc it keeps, cost share) on an arc. */
  *freeOn(status: ActionStatus, arc: number): Generator<{ action: number; keep: number; share: number }> {
    for (let p = this.start[arc]!; p < this.start[arc + 1]!; p++) {
      if (status[this.act[p]!] === 0)
        yield { action: this.act[p]!, keep: this.keep[p]!, share: this.share[p]! };
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
      const caps = this.pricedCapacities(status, sc.graph.caps, price);
      const r = maxFlow(withCapacities(sc.graph, caps), sc.sources, sc.sinks);
      if (r.status === 'unbounded') {
        cuts.push([]);
        value = Infinity;
        continue;
      }
      value += sc.weight * r.value;
      cuts.push(r.cutArcs);
      for (const a of r.cutArcs) {
        this.arcPrice(status, sc.graph.caps[a]!, a, price);
        slope += this.taken / S;
      }
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
        const base = capacityAfter(cap, this.keptIn[a]!);
        if (base === 0 || base === Infinity) continue;
        for (let p = this.start[a]!; p < this.start[a + 1]!; p++) {
          if (status[this.act[p]!] !== 0) continue;
          const drop = base - capacityAfter(cap, this.keptIn[a]! * this.keep[p]!);
          if (drop > 0 && this.share[p]! > 0) out.add((drop / this.share[p]!) * S * sc.weight);
        }
      }
    }
    return [...out].sort((x, y) => x - y);
  }
}
