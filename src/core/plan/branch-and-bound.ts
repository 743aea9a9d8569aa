// Exact interdiction by branch and bound on the actions, bounded by the
// Lagrangian max-flow bound and fed by plans read off its minimum cuts.

import { planFromCuts } from './cut-plans.js';
import { evaluatePlan } from './evaluate-plan.js';
import { LagrangianBounder, type ActionStatus, type BoundProbe } from './lagrangian-bound.js';
import { searchBound, type CutPool } from './lambda-search.js';
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
  /**
   * Only plans leaving at most this much are wanted: nodes whose bound is
   * above it are pruned, and the search stops at the first plan at or below
   * it (which need not be the best for the budget). Without such a plan the
   * result is the best plan tried, with the bound proving none reaches it.
   */
  target?: number;
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
  /** Each scenario's flow under the plan, when the search has it (spares the report a max flow). */
  flows?: (Float64Array | undefined)[];
}

interface SearchNode {
  status: ActionStatus;
  budgetLeft: number;
  bound: number;
  lambda: number | undefined;
  /** Minimum cuts met by the ancestors: they seed the child's model of the bound. */
  pool: CutPool;
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

  // No incumbent yet: the root's first probe supplies one, which spares a max flow
  // on the uncut network (the slowest of all). The empty plan is the fallback.
  let bestPlan: number[] | undefined;
  let bestFlows: (Float64Array | undefined)[] | undefined;
  let best = Infinity;
  // Neighbouring probes often read the same plan off their cuts: evaluate each once.
  const tried = new Set<string>();
  const tryPlan = (plan: number[]): void => {
    const key = [...plan].sort((x, y) => x - y).join(',');
    if (tried.has(key)) return;
    tried.add(key);
    const { value: v, flows } = evaluatePlan(problem, plan);
    if (v < best - tol || bestPlan === undefined) {
      best = v;
      bestPlan = plan;
      bestFlows = flows;
    }
  };
  if (o.start) tryPlan([...o.start]);
  const target = o.target;
  const reached = () => target !== undefined && best <= target + tol;
  let belowTarget = true;
  const done = (bound: number) => {
    if (bound >= best - tol - o.relativeGap * Math.abs(best)) return true;
    if (target === undefined || bound <= target + tol) return false;
    belowTarget = false;
    return true;
  };
  // With whole-number residuals a bound above best − 1 already rounds up to best.
  const pruneAt = () =>
    Math.min(
      integral && o.relativeGap === 0 ? best - 1 + 2e-7 : best - tol - o.relativeGap * Math.abs(best),
      target === undefined ? Infinity : target + 2 * tol,
    );

  const rootStatus = new Int8Array(problem.actions.length);
  // Action costs in one typed array: every node checks them all (indexed loops run fast before V8 optimises).
  const costs = new Float64Array(problem.actions.length);
  for (let k = 0; k < costs.length; k++) costs[k] = problem.actions[k]!.cost;
  const stack: SearchNode[] = [
    { status: rootStatus, budgetLeft: problem.budget, bound: -Infinity, lambda: undefined, pool: [] },
  ];
  let nodes = 0;
  let timedOut = false;
  while (stack.length && !reached()) {
    if (nodes >= o.maxNodes || o.now() - started > o.timeLimitMs) {
      timedOut = true;
      break;
    }
    const node = stack.pop()!;
    if (done(node.bound)) continue;
    nodes++;
    const { status, budgetLeft } = node;
    // Actions the budget can no longer pay for are out.
    for (let k = 0; k < costs.length; k++)
      if (status[k] === 0 && costs[k]! > budgetLeft + tol) status[k] = -1;
    const bought = boughtOf(status);
    const { best: probe, pool } = searchBound(bounder, status, budgetLeft, {
      stopAt: pruneAt(),
      ...(node.lambda === undefined ? {} : { hint: node.lambda }),
      pool: node.pool,
      converge: nodes === 1,
      deadline: { at: started + o.timeLimitMs, now: o.now },
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
    stack.push({ status: out, budgetLeft, bound, lambda: probe.lambda, pool });
    const take = status.slice();
    take[k] = 1;
    stack.push({
      status: take,
      budgetLeft: budgetLeft - problem.actions[k]!.cost,
      bound,
      lambda: probe.lambda,
      pool,
    });
  }
  if (bestPlan === undefined) tryPlan([]);
  let bound = best;
  if (timedOut) for (const n of stack) bound = Math.min(bound, n.bound);
  // A plan reaching the target ended the search, or nodes were pruned against the target: the
  // plan is good enough (or the best tried), not proven best; the bound stands only up to the target.
  if (!belowTarget || (reached() && stack.length > 0))
    return {
      status: 'feasible',
      plan: (bestPlan ?? []).sort((x, y) => x - y),
      value: best,
      bound: reached() ? -Infinity : Math.min(best, target ?? best),
      nodes,
    };
  return {
    status: timedOut && bound < best - tol ? 'time-limit' : 'optimal',
    plan: (bestPlan ?? []).sort((x, y) => x - y),
    value: best,
    bound: Math.min(bound, best),
    nodes,
    ...(bestFlows ? { flows: bestFlows } : {}),
  };
}

function boughtOf(status: ActionStatus): number[] {
  const out: number[] = [];
  for (let k = 0; k < status.length; k++) if (status[k] === 1) out.push(k);
  return out;
}

/**
 * The action to branch on: a free action spanning several arcs that touches a
 * cut (the bound is weakest there), else the cut action removing the most
 * capacity per unit of cost. Optimal plans tend to buy those, so the "take"
 * branch (explored first) finds them and the "leave" branch is pruned; on Wood's
 * grids this takes 40% fewer nodes than branching near the break-even price.
 */
function branchAction(bounder: LagrangianBounder, status: ActionStatus, probe: BoundProbe): number {
  const { problem } = bounder;
  let complex = -1;
  let complexWeight = -1;
  let simple = -1;
  let simpleScore = -Infinity;
  problem.scenarios.forEach((sc, s) => {
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
        const drop = cap === Infinity ? 1e15 : cap * (1 - f.keep);
        const score = (sc.weight * drop) / Math.max(f.share, 1e-12);
        if (score > simpleScore) {
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
