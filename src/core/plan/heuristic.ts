// The fast heuristic: the Lagrangian root (its bound and the plans read off its
// cuts), then swap moves against the residual minimum cut. Reports only the bound it proved.

import { keepOf } from '../model/measures.js';
import { branchAndBound, type SearchResult } from './branch-and-bound.js';
import { residualFlow, scenarioFlow } from './evaluate-plan.js';
import { keptShares, planCost, type InterdictionProblem } from './problem.js';

export interface HeuristicOptions {
  /** Most plans tried by the swap search. */
  maxSwaps: number;
  timeLimitMs: number;
  now: () => number;
}

export const HEURISTIC_DEFAULTS: HeuristicOptions = {
  maxSwaps: 60,
  timeLimitMs: 5_000,
  now: () => Date.now(),
};

export function lagrangianHeuristic(
  problem: InterdictionProblem,
  opts: Partial<HeuristicOptions> = {},
): SearchResult {
  const o = { ...HEURISTIC_DEFAULTS, ...opts };
  const started = o.now();
  const root = branchAndBound(problem, { maxNodes: 1, timeLimitMs: o.timeLimitMs, now: o.now });
  if (root.status === 'optimal') return root;
  // Not proven: a heuristic plan, with the root's bound as its proof of quality.
  let plan = root.plan;
  let value = root.value;
  // Also, whatever time is left, the actions taking the most capacity out of the uncut network's
  // minimum cut (a root cut short by the time limit may have read nothing useful off its cuts).
  const greedy = withinBudget(problem, cutActions(problem, []));
  if (greedy.length && !sameSet(greedy, plan)) {
    const v = residualFlow(problem, greedy);
    if (v < value - 1e-9) {
      plan = greedy;
      value = v;
    }
  }
  let tries = 0;
  let improved = true;
  while (improved && tries < o.maxSwaps && o.now() - started < o.timeLimitMs && value > root.bound) {
    improved = false;
    for (const drop of [...plan]) {
      const rest = plan.filter((k) => k !== drop);
      for (const add of cutActions(problem, rest)) {
        if (add === drop || rest.includes(add)) continue;
        const next = [...rest, add];
        if (planCost(problem, next) > problem.budget + 1e-9) continue;
        tries++;
        const v = residualFlow(problem, next);
        if (v < value - 1e-9) {
          plan = next;
          value = v;
          improved = true;
          break;
        }
        if (tries >= o.maxSwaps) break;
      }
      if (improved || tries >= o.maxSwaps) break;
    }
  }
  const status = value <= root.bound + 1e-9 ? 'optimal' : 'feasible';
  return {
    status,
    plan: plan.sort((x, y) => x - y),
    value,
    bound: root.bound,
    nodes: root.nodes,
    ...(plan === root.plan && root.flows ? { flows: root.flows } : {}),
  };
}

/** The ranked actions taken in order while the budget lasts. */
function withinBudget(problem: InterdictionProblem, ranked: number[]): number[] {
  const out: number[] = [];
  let left = problem.budget;
  for (const k of ranked) {
    const c = problem.actions[k]!.cost;
    if (c <= left + 1e-9) {
      out.push(k);
      left -= c;
    }
  }
  return out;
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

/** Actions touching the minimum cut left by a plan, biggest capacity first. */
function cutActions(problem: InterdictionProblem, plan: number[]): number[] {
  const kept = keptShares(problem, plan);
  const gain = new Map<number, number>();
  for (const sc of problem.scenarios) {
    const r = scenarioFlow(sc, kept).result;
    if (r.status !== 'optimal') continue;
    const cut = new Set(r.cutArcs);
    problem.actions.forEach((a, k) => {
      let g = 0;
      for (let i = 0; i < a.arcs.length; i++)
        if (cut.has(a.arcs[i]!))
          g += sc.graph.caps[a.arcs[i]!]! * kept[a.arcs[i]!]! * (1 - keepOf(a.fractions[i]!));
      if (g > 0) gain.set(k, (gain.get(k) ?? 0) + sc.weight * g);
    });
  }
  return [...gain.entries()]
    .sort(
      (x, y) =>
        y[1] / Math.max(problem.actions[y[0]]!.cost, 1e-12) -
        x[1] / Math.max(problem.actions[x[0]]!.cost, 1e-12),
    )
    .slice(0, 8)
    .map(([k]) => k);
}
