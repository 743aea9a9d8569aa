// Exact interdiction by branch and bound on the actions, bounded by the
// Lagrangian max-flow bound and fed by plans read off its minimum cuts.

import { planFromCuts } from './cut-plans.js';
import { residualFlow } from './evaluate-plan.js';
import { LagrangianBounder, searchBound, type ActionStatus, type BoundProbe } from './lagrangian-bound.js';
import { hasIntegralObjective, type InterdictionProblem } from './problem.js';

export interface SearchOptions {
  /** Wall-clock limit in milliseconds; the best plan found so far is returned with status `time-limit`. */
  timeLimitMs: number;
  /** Stop when the relative gap is at most this (0 = prove optimality). */
  relativeGap: number;
  /** Most search nodes (the root alone is the heuristic). */
  maxNodes: number;
  /** A plan to start from (action indices). */
  start?: number[];
  /** Clock in milliseconds, injectable for tests. */
  now: () => number;
}

export const SEARCH_DEFAULTS: SearchOptions = {
  timeLimitMs: 60_000,
  relativeGap: 0,
  maxNodes: Infinity,
  now: () => Date.now(),
};

export interface SearchResult {
  status: 'optimal' | 'time-limit' | 'feasible';
  /** Action indices of the best plan found. */
  plan: number[];
  /** Its residual flow, re-computed with the max-flow engine. */
  value: number;
  /** Proven lower bound on the optimum. */
  bound: number;
  nodes: number;
}

interface SearchNode {
  status: ActionStatus;
  budgetLeft: number;
  bound: number;
  lambda: number | undefined;
}

export function branchAndBound(
  problem: InterdictionProblem,
  opts: Partial<SearchOptions> = {},
): SearchResult {
  const o = { ...SEARCH_DEFAULTS, ...opts };
  const started = o.now();
  const bounder = new LagrangianBounder(problem);
  const integral = hasIntegralObjective(problem);
  const tol = 1e-9;
  const round = (v: number) => (integral && v !== Infinity ? Math.ceil(v - 1e-7) : v);

  let bestPlan = o.start ? [...o.start] : [];
  let best = residualFlow(problem, bestPlan);
  const tryPlan = (plan: number[]): void => {
    const v = residualFlow(problem, plan);
    if (v < best - tol) {
      best = v;
      bestPlan = plan;
    }
  };
  const done = (bound: number) => bound >= best - tol - o.relativeGap * Math.abs(best);

  const rootStatus = new Int8Array(problem.actions.length);
  const stack: SearchNode[] = [
    { status: rootStatus, budgetLeft: problem.budget, bound: -Infinity, lambda: undefined },
  ];
  let nodes = 0;
  let timedOut = false;
  while (stack.length) {
    if (nodes >= o.maxNodes || o.now() - started > o.timeLimitMs) {
      timedOut = true;
      break;
    }
    const node = stack.pop()!;
    if (done(node.bound)) continue;
    nodes++;
    const { status, budgetLeft } = node;
    // Actions the budget can no longer pay for are out.
    problem.actions.forEach((a, k) => {
      if (status[k] === 0 && a.cost > budgetLeft + tol) status[k] = -1;
    });
    const bought = boughtOf(status);
    const probe = searchBound(bounder, status, budgetLeft, {
      stopAt: best - tol,
      hint: node.lambda,
      onProbe: (p) => {
        const cut = planFromCuts(bounder, status, budgetLeft, p);
        if (cut.estimate < best - tol) tryPlan([...bought, ...cut.actions]);
      },
    });
    const bound = round(probe.value);
    if (done(bound)) continue;
    const k = branchAction(bounder, status, probe);
    if (k < 0) {
      tryPlan(bought);
      continue;
    }
    const out = status.slice();
    out[k] = -1;
    stack.push({ status: out, budgetLeft, bound, lambda: probe.lambda });
    const take = status.slice();
    take[k] = 1;
    stack.push({
      status: take,
      budgetLeft: budgetLeft - problem.actions[k]!.cost,
      bound,
      lambda: probe.lambda,
    });
  }
  let bound = best;
  if (timedOut) for (const n of stack) bound = Math.min(bound, n.bound);
  return {
    status: timedOut && bound < best - tol ? 'time-limit' : 'optimal',
    plan: bestPlan.sort((x, y) => x - y),
    value: best,
    bound: Math.min(bound, best),
    nodes,
  };
}

function boughtOf(status: ActionStatus): number[] {
  const out: number[] = [];
  status.forEach((s, k) => {
    if (s === 1) out.push(k);
  });
  return out;
}

/**
 * The action to branch on: a free action spanning several arcs that touches a
 * cut (the bound is weakest there), else the cut action closest to its break-even price.
 */
function branchAction(bounder: LagrangianBounder, status: ActionStatus, probe: BoundProbe): number {
  const { problem } = bounder;
  const S = problem.scenarios.length;
  let complex = -1;
  let complexWeight = -1;
  let simple = -1;
  let simpleScore = Infinity;
  problem.scenarios.forEach((sc, s) => {
    const price = probe.lambda / (S * Math.max(sc.weight, 1e-300));
    for (const a of probe.cuts[s] ?? []) {
      const cap = sc.graph.caps[a]!;
      for (const f of bounder.freeOn(status, a)) {
        const act = problem.actions[f.action]!;
        if (act.arcs.length > 1) {
          const w = cap === Infinity ? 1e15 : cap;
          if (w > complexWeight) {
            complexWeight = w;
            complex = f.action;
          }
          continue;
        }
        const drop = cap === Infinity ? 1e15 : cap * f.fraction;
        const score = Math.abs(drop - price * f.share) / Math.max(drop, 1e-12);
        if (score < simpleScore) {
          simpleScore = score;
          simple = f.action;
        }
      }
    }
  });
  if (complex >= 0) return complex;
  if (simple >= 0) return simple;
  return status.findIndex((s) => s === 0);
}
