// The interdiction problem in solver terms: one arc structure, weighted
// scenarios (pairs, samples) with their own capacities, and actions with effects.

import type { CompactGraph } from '../graph/compact-graph.js';
import { keepOf } from '../model/measures.js';

/** One max flow the plan should minimise: its capacities, terminals and weight. */
export interface FlowScenario {
  /** Shares its arc structure with every other scenario; only `caps` differ. */
  graph: CompactGraph;
  sources: number[];
  sinks: number[];
  weight: number;
}

/**
 * An action in solver terms: buying it cuts `fractions[i]` (1 = all) of the
 * capacity of arc `arcs[i]`. Reductions on one arc multiply (the rule of
 * model/measures.ts): each keeps 1 − f of what the others leave.
 */
export interface ProblemAction {
  id: string;
  cost: number;
  arcs: Int32Array;
  fractions: Float64Array;
}

export interface InterdictionProblem {
  scenarios: FlowScenario[];
  actions: ProblemAction[];
  budget: number;
}

/** Share of capacity each arc keeps under a set of chosen actions (indices into `problem.actions`). */
export function keptShares(problem: InterdictionProblem, chosen: Iterable<number>): Float64Array {
  const m = problem.scenarios[0]?.graph.m ?? 0;
  const kept = new Float64Array(m).fill(1);
  for (const k of chosen) {
    const a = problem.actions[k]!;
    for (let i = 0; i < a.arcs.length; i++) kept[a.arcs[i]!]! *= keepOf(a.fractions[i]!);
  }
  return kept;
}

/** Total cost of a set of actions. */
export function planCost(problem: InterdictionProblem, chosen: Iterable<number>): number {
  let cost = 0;
  for (const k of chosen) cost += problem.actions[k]!.cost;
  return cost;
}

/** True when every plan's residual is a whole number, so bounds may be rounded up. */
export function hasIntegralObjective(problem: InterdictionProblem): boolean {
  // Indexed loops: these run once per search, before V8 has optimised anything, where iterators
  // and callbacks over every arc and action are many times slower.
  for (const s of problem.scenarios) {
    if (!Number.isInteger(s.weight)) return false;
    const caps = s.graph.caps;
    for (let a = 0; a < caps.length; a++) {
      const c = caps[a]!;
      if (c !== Infinity && !Number.isInteger(c)) return false;
    }
  }
  const actions = problem.actions;
  for (let k = 0; k < actions.length; k++) {
    const fractions = actions[k]!.fractions;
    for (let i = 0; i < fractions.length; i++) if (fractions[i] !== 1) return false;
  }
  return true;
}
