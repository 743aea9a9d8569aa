// Planning use cases: the best plan for a budget, the budget–residual
// frontier, the adversary's rebuild against a plan, and the plan robust to it.
// One set of defaults (PLANNING_DEFAULTS) for the CLI, the server, the demo and the web app.

import { flowTerminals } from '../core/graph/terminals.js';
import type { Channel, Network } from '../core/model/network.js';
import { planFrontier, type FrontierPoint } from '../core/plan/frontier.js';
import type { MilpSolver } from '../core/plan/milp-solver.js';
import type { FlowPair } from '../core/plan/network-problem.js';
import { planInterdiction, type InterdictionPlan, type PlanMethod } from '../core/plan/plan-interdiction.js';
import { bestRebuild, type RebuildResult } from '../core/plan/rebuild.js';
import { robustPlan, type RobustPlan } from '../core/plan/robust-plan.js';

export const PLANNING_DEFAULTS = {
  method: 'auto' as PlanMethod,
  frontierMethod: 'exact' as 'exact' | 'heuristic',
  /** Time limit of one plan (of each budget, for the frontier). */
  timeLimitMs: 60_000,
  /** Most points of a frontier. */
  frontierPoints: 100,
  /** What the adversary may spend opening candidate channels. */
  rebuildBudget: 3,
  samples: 0,
  seed: 1,
};

/** Sponsors, recipients, pairs and date: which flow a plan works against. */
export interface PlanTarget {
  from?: readonly string[];
  to?: readonly string[];
  /** Several weighted sponsor–recipient pairs; overrides from/to. */
  pairs?: readonly { from: readonly string[]; to: readonly string[]; weight?: number }[];
  asOf?: string;
}

export interface PlanQuery extends PlanTarget {
  budget: number;
  method?: PlanMethod;
  timeLimitMs?: number;
  /** Samples of the uncertain (alleged) channels; 0 plans against the network as given. */
  samples?: number;
  seed?: number;
  /** A MILP solver for exact plans (the adapter owns it); default the built-in branch and bound. */
  solver?: MilpSolver;
}

function target(q: PlanTarget): PlanTarget {
  return {
    ...(q.from?.length ? { from: q.from } : {}),
    ...(q.to?.length ? { to: q.to } : {}),
    ...(q.pairs?.length ? { pairs: q.pairs } : {}),
    ...(q.asOf ? { asOf: q.asOf } : {}),
  };
}

/** The best plan within the budget, explained action by action. */
export function planNetwork(network: Network, query: PlanQuery): Promise<InterdictionPlan> {
  return planInterdiction(network, {
    ...target(query),
    budget: query.budget,
    method: query.method ?? PLANNING_DEFAULTS.method,
    timeLimitMs: query.timeLimitMs ?? PLANNING_DEFAULTS.timeLimitMs,
    samples: query.samples ?? PLANNING_DEFAULTS.samples,
    seed: query.seed ?? PLANNING_DEFAULTS.seed,
    ...(query.solver ? { solver: query.solver } : {}),
  });
}

export interface FrontierQuery extends PlanTarget {
  /** Budget increment; default the greatest common divisor of integer costs. */
  step?: number;
  method?: 'exact' | 'heuristic';
  /** Time limit per budget. */
  timeLimitMs?: number;
  maxPoints?: number;
  /** Progress: points done, and the most there can be. */
  onPoint?: (done: number, total: number) => void;
}

export interface FrontierDocument {
  from: string[];
  to: string[];
  points: FrontierPoint[];
  /** The budget past which spending more removes nothing (the last point's budget). */
  maxBudget: number;
}

/** The best plan at every budget until the recipients are cut off or every action is bought. */
export function frontier(network: Network, query: FrontierQuery = {}): FrontierDocument {
  const t = target(query);
  const points = planFrontier(network, {
    ...t,
    method: query.method ?? PLANNING_DEFAULTS.frontierMethod,
    timeLimitMs: query.timeLimitMs ?? PLANNING_DEFAULTS.timeLimitMs,
    maxPoints: query.maxPoints ?? PLANNING_DEFAULTS.frontierPoints,
    ...(query.step !== undefined ? { step: query.step } : {}),
    ...(query.onPoint ? { onPoint: query.onPoint } : {}),
  });
  const pair = planTerminals(network, t);
  return { ...pair, points, maxBudget: points[points.length - 1]?.budget ?? 0 };
}

export interface RebuildQuery extends Omit<PlanTarget, 'pairs'> {
  /** The measures taken (action ids), which the adversary answers. */
  actions: readonly string[];
  rebuildBudget?: number;
  /** Channels it could open; default the network's own candidates. */
  candidates?: readonly Channel[];
}

export type RebuildDocument = RebuildResult & { against: string[]; rebuildBudget: number };

/** The adversary's best rebuild against a set of measures, within its rebuild budget. */
export function rebuild(network: Network, query: RebuildQuery): RebuildDocument {
  const rebuildBudget = query.rebuildBudget ?? PLANNING_DEFAULTS.rebuildBudget;
  const r = bestRebuild(network, query.actions, {
    ...target(query),
    rebuildBudget,
    ...(query.candidates ? { candidates: query.candidates } : {}),
  });
  return { ...r, against: [...query.actions], rebuildBudget };
}

export interface RobustQuery extends Omit<RebuildQuery, 'actions'> {
  budget: number;
}

export type RobustDocument = RobustPlan & { budget: number; rebuildBudget: number };

/** The plan within `budget` whose residual after the adversary's best rebuild is least. */
export function robust(network: Network, query: RobustQuery): RobustDocument {
  const rebuildBudget = query.rebuildBudget ?? PLANNING_DEFAULTS.rebuildBudget;
  const r = robustPlan(network, {
    ...target(query),
    budget: query.budget,
    rebuildBudget,
    ...(query.candidates ? { candidates: query.candidates } : {}),
  });
  return { ...r, budget: query.budget, rebuildBudget };
}

export interface PlanOverview {
  plans: InterdictionPlan[];
  frontier: FrontierPoint[];
  /** Against the plan for the largest budget; absent when the network lists no candidates. */
  rebuild?: RebuildDocument;
  robust?: RobustDocument;
}

/**
 * What the demo and reports show about planning: the best exact plan for each
 * budget, the frontier, the adversary's rebuild against the largest plan, and
 * the plan robust to it.
 */
export async function planOverview(
  network: Network,
  budgets: readonly number[],
  query: { rebuildBudget?: number; timeLimitMs?: number } = {},
): Promise<PlanOverview> {
  const timeLimitMs = query.timeLimitMs ?? PLANNING_DEFAULTS.timeLimitMs;
  const plans: InterdictionPlan[] = [];
  for (const budget of budgets)
    plans.push(await planNetwork(network, { budget, method: 'exact', timeLimitMs }));
  const overview: PlanOverview = { plans, frontier: frontier(network, { timeLimitMs }).points };
  const last = plans[plans.length - 1];
  if (last && network.candidates?.length) {
    const rebuildBudget = query.rebuildBudget ?? PLANNING_DEFAULTS.rebuildBudget;
    overview.rebuild = rebuild(network, { actions: last.actions.map((a) => a.id), rebuildBudget });
    overview.robust = robust(network, { budget: last.budget, rebuildBudget });
  }
  return overview;
}

/** The pair a single-pair plan or frontier runs between (every sponsor → every recipient by default). */
function planTerminals(network: Network, t: PlanTarget): { from: string[]; to: string[] } {
  if (t.pairs?.length) {
    return {
      from: [...new Set(t.pairs.flatMap((p) => [...p.from]))],
      to: [...new Set(t.pairs.flatMap((p) => [...p.to]))],
    };
  }
  return flowTerminals(network, t.from, t.to);
}

export type { FlowPair, FrontierPoint, InterdictionPlan, RebuildResult, RobustPlan };
