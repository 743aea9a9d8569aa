// The planning entry point: the best affordable set of actions against a
// network's flow, exact (branch and bound, or a MILP solver) or heuristic, explained.

import type { Network } from '../model/network.js';
import { branchAndBound, type SearchResult } from './branch-and-bound.js';
import { planFlows, residualFlow } from './evaluate-plan.js';
import { explainPlan, type PlannedAction } from './explain-plan.js';
import { lagrangianHeuristic } from './heuristic.js';
import type { MilpSolver } from './milp-solver.js';
import {
  networkProblem,
  type FlowPair,
  type NetworkProblem,
  type NetworkProblemOptions,
} from './network-problem.js';
import { planCost, type InterdictionProblem } from './problem.js';

export const PLAN_METHODS = ['exact', 'heuristic', 'auto'] as const;
export type PlanMethod = (typeof PLAN_METHODS)[number];

export interface PlanOptions extends NetworkProblemOptions {
  method: PlanMethod;
  timeLimitMs: number;
  /** Exact plans through this MILP solver instead of the built-in branch and bound. */
  solver?: MilpSolver;
  /** `auto` runs the heuristic above this many channels, else the exact method. */
  autoExactArcs: number;
  /** Samples for uncertain (alleged) channels; 0 plans against the network as given. */
  samples: number;
  seed: number;
}

export const PLAN_DEFAULTS: Omit<PlanOptions, 'budget'> = {
  method: 'auto',
  timeLimitMs: 60_000,
  autoExactArcs: 50_000,
  samples: 0,
  seed: 1,
};

export type PlanStatus = 'optimal' | 'time-limit' | 'feasible' | 'infeasible';

export interface InterdictionPlan {
  /** `feasible`: a heuristic plan whose gap is not closed; `infeasible`: every affordable plan leaves an unlimited path. */
  status: PlanStatus;
  method: 'exact' | 'heuristic';
  solver: string;
  budget: number;
  cost: number;
  pairs: FlowPair[];
  /** Residual flow with no action (the expected value when sampling). */
  baseFlow: number;
  residualFlow: number;
  /** Proven lower bound on the best residual flow for this budget. */
  bound: number;
  /** (residual − bound) / residual: how far from optimal the plan may be. */
  gap: number;
  actions: PlannedAction[];
  nodes: number;
  elapsedMs: number;
  samples?: number;
}

/** Plans against a network; async only because a MILP solver may run elsewhere. */
export async function planInterdiction(
  network: Network,
  options: Partial<PlanOptions> & { budget: number },
): Promise<InterdictionPlan> {
  const o = { ...PLAN_DEFAULTS, ...options };
  const np = networkProblem(network, o);
  // The sampler and the MILP path are loaded only when used (most plans need neither).
  const problem =
    o.samples > 0
      ? (await import('./uncertain-channels.js')).sampledProblem(np, { samples: o.samples, seed: o.seed })
      : np.problem;
  const started = Date.now();
  const arcs = np.problem.scenarios[0]?.graph.m ?? 0;
  const exact = o.method === 'exact' || (o.method === 'auto' && arcs <= o.autoExactArcs);
  let result: Omit<SearchResult, 'status'> & { status: PlanStatus };
  let solver: string;
  if (exact && o.solver) {
    const { planByMilp } = await import('./milp-plan.js');
    result = await planByMilp(problem, o.solver, { timeLimitMs: o.timeLimitMs });
    solver = o.solver.name;
  } else {
    result = exact
      ? branchAndBound(problem, { timeLimitMs: o.timeLimitMs })
      : lagrangianHeuristic(problem, { timeLimitMs: o.timeLimitMs });
    solver = exact ? 'branch-and-bound' : 'lagrangian';
  }
  return planReport(np, problem, result, {
    method: exact ? 'exact' : 'heuristic',
    solver,
    started,
    samples: o.samples,
  });
}

/** Synchronous exact or heuristic planning on a prepared problem (frontier, summaries). */
export function planSync(
  np: NetworkProblem,
  problem: InterdictionProblem,
  method: 'exact' | 'heuristic',
  timeLimitMs: number,
): InterdictionPlan {
  const started = Date.now();
  const result =
    method === 'exact'
      ? branchAndBound(problem, { timeLimitMs })
      : lagrangianHeuristic(problem, { timeLimitMs });
  return planReport(np, problem, result, {
    method,
    solver: method === 'exact' ? 'branch-and-bound' : 'lagrangian',
    started,
    samples: 0,
  });
}

function planReport(
  np: NetworkProblem,
  problem: InterdictionProblem,
  result: Omit<SearchResult, 'status'> & { status: PlanStatus },
  info: { method: 'exact' | 'heuristic'; solver: string; started: number; samples: number },
): InterdictionPlan {
  const status: PlanStatus = result.value === Infinity ? 'infeasible' : result.status;
  const { value, bound } = result;
  const gap = value === Infinity ? 0 : value <= 1e-12 ? 0 : Math.max(0, (value - bound) / value);
  // The plan's flows start the explanation's flows (each keeps at least as much of every arc).
  // Not the base flow's: augmenting all the way back to the uncut network is slower than a cold solve.
  const flows = result.flows ?? planFlows(problem, result.plan);
  return {
    status,
    method: info.method,
    solver: info.solver,
    budget: problem.budget,
    cost: planCost(problem, result.plan),
    pairs: np.pairs,
    baseFlow: residualFlow(problem, []),
    residualFlow: value,
    bound,
    gap,
    actions: explainPlan(np, problem, result.plan, value, { flows }),
    nodes: result.nodes,
    elapsedMs: Date.now() - info.started,
    ...(info.samples > 0 ? { samples: info.samples } : {}),
  };
}
