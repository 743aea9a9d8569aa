// What the demo shows about planning: the best plan for a few budgets, the
// frontier, the adversary's rebuild against the largest plan and the plan robust to it.

import type { Network } from '../model/network.js';
import { planFrontier, type FrontierPoint } from './frontier.js';
import { networkProblem } from './network-problem.js';
import { planSync, type InterdictionPlan } from './plan-interdiction.js';
import { bestRebuild, type RebuildResult } from './rebuild.js';
import { robustPlan, type RobustPlan } from './robust-plan.js';

export interface PlanSummaryOptions {
  /** What the adversary may spend rebuilding (default: the largest budget / 2). */
  rebuildBudget?: number;
  timeLimitMs: number;
}

export const PLAN_SUMMARY_DEFAULTS: PlanSummaryOptions = { timeLimitMs: 10_000 };

export interface PlanSummary {
  plans: InterdictionPlan[];
  frontier: FrontierPoint[];
  /** Against the plan for the largest budget; absent when the network lists no candidates. */
  rebuild?: RebuildResult & { against: string[]; rebuildBudget: number };
  robust?: RobustPlan;
}

export function planSummary(
  network: Network,
  budgets: readonly number[],
  opts: Partial<PlanSummaryOptions> = {},
): PlanSummary {
  const o = { ...PLAN_SUMMARY_DEFAULTS, ...opts };
  const plans = budgets.map((budget) => {
    const np = networkProblem(network, { budget });
    return planSync(np, np.problem, 'exact', o.timeLimitMs);
  });
  const frontier = planFrontier(network, { timeLimitMs: o.timeLimitMs });
  const summary: PlanSummary = { plans, frontier };
  const last = plans[plans.length - 1];
  if (last && network.candidates?.length) {
    const rebuildBudget = o.rebuildBudget ?? Math.max(...budgets) / 2;
    const against = last.actions.map((a) => a.id);
    summary.rebuild = { ...bestRebuild(network, against, { rebuildBudget }), against, rebuildBudget };
    summary.robust = robustPlan(network, { budget: last.budget, rebuildBudget });
  }
  return summary;
}
