// Seeded random interdiction problems for tests and benchmarks: small random
// digraphs, grids as in Wood (1993), with arc, multi-arc and partial actions.

import { graphFromArrays } from '../graph/compact-graph.js';
import { mulberry32 } from '../graph/prng.js';
import type { InterdictionProblem, ProblemAction } from './problem.js';

export interface RandomProblemOptions {
  nodes: number;
  arcs: number;
  budget: number;
  seed: number;
  /** Share of arcs with a single remove action. */
  cuttable: number;
  /** Also add multi-arc and partial actions. */
  mixed: boolean;
  /** Number of scenarios (pairs) with random weights. */
  scenarios: number;
}

export const RANDOM_PROBLEM_DEFAULTS: RandomProblemOptions = {
  nodes: 6,
  arcs: 10,
  budget: 3,
  seed: 1,
  cuttable: 0.8,
  mixed: false,
  scenarios: 1,
};

export function randomProblem(opts: Partial<RandomProblemOptions> = {}): InterdictionProblem {
  const o = { ...RANDOM_PROBLEM_DEFAULTS, ...opts };
  const rnd = mulberry32(o.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  for (let i = 0; i < o.arcs; i++) {
    const u = int(0, o.nodes - 1);
    let v = int(0, o.nodes - 2);
    if (v >= u) v++;
    tails.push(u);
    heads.push(v);
    caps.push(rnd() < 0.05 ? Infinity : int(1, 20));
  }
  const graph = graphFromArrays(o.nodes, tails, heads, caps);
  const actions: ProblemAction[] = [];
  for (let a = 0; a < o.arcs; a++) {
    if (rnd() < o.cuttable)
      actions.push({ id: `a${a}`, cost: int(1, 3), arcs: Int32Array.of(a), fractions: Float64Array.of(1) });
  }
  if (o.mixed) {
    for (let j = 0; j < 3; j++) {
      const arcs = [...new Set([int(0, o.arcs - 1), int(0, o.arcs - 1), int(0, o.arcs - 1)])];
      const f = rnd() < 0.5 ? 1 : int(2, 8) / 10;
      actions.push({
        id: `m${j}`,
        cost: int(1, 4),
        arcs: Int32Array.from(arcs),
        fractions: new Float64Array(arcs.length).fill(f),
      });
    }
  }
  const scenarios = [];
  for (let s = 0; s < o.scenarios; s++) {
    const src = int(0, o.nodes - 1);
    let snk = int(0, o.nodes - 2);
    if (snk >= src) snk++;
    scenarios.push({ graph, sources: [src], sinks: [snk], weight: o.scenarios === 1 ? 1 : int(1, 3) });
  }
  return { scenarios, actions, budget: o.budget };
}

/**
 * Wood's grid: rows × cols nodes, arcs left → right along rows and both ways
 * along columns with capacities uniform in [1, 100] and unit cut costs; the
 * source feeds the first column and the last column drains to the sink over uncuttable arcs.
 */
export function gridProblem(rows: number, cols: number, budget: number, seed: number): InterdictionProblem {
  const rnd = mulberry32(seed);
  const cap = () => 1 + Math.floor(rnd() * 100);
  const id = (r: number, c: number) => r * cols + c;
  const s = rows * cols;
  const t = s + 1;
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  const add = (u: number, v: number, c: number) => {
    tails.push(u);
    heads.push(v);
    caps.push(c);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols) add(id(r, c), id(r, c + 1), cap());
      if (r + 1 < rows) {
        add(id(r, c), id(r + 1, c), cap());
        add(id(r + 1, c), id(r, c), cap());
      }
    }
  }
  const cuttable = tails.length;
  for (let r = 0; r < rows; r++) {
    add(s, id(r, 0), Infinity);
    add(id(r, cols - 1), t, Infinity);
  }
  const graph = graphFromArrays(s + 2, tails, heads, caps);
  const actions: ProblemAction[] = [];
  for (let a = 0; a < cuttable; a++)
    actions.push({ id: `arc${a}`, cost: 1, arcs: Int32Array.of(a), fractions: Float64Array.of(1) });
  return { scenarios: [{ graph, sources: [s], sinks: [t], weight: 1 }], actions, budget };
}
