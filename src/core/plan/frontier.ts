// The budget–residual frontier: the best plan for every budget from 0 until
// the recipients are cut off (or every action is bought).

import type { Network } from '../model/network.js';
import { networkProblem, type NetworkProblemOptions } from './network-problem.js';
import { planSync, type PlanStatus } from './plan-interdiction.js';

export interface FrontierOptions extends Omit<NetworkProblemOptions, 'budget'> {
  /** Budget increment; default: the greatest common divisor of integer costs, else the cheapest cost. */
  step?: number;
  method: 'exact' | 'heuristic';
  /** Time limit per budget. */
  timeLimitMs: number;
  /** Most points. */
  maxPoints: number;
  /** Called after each point with the points done and the most there can be. */
  onPoint?: (done: number, total: number) => void;
}

export const FRONTIER_DEFAULTS: FrontierOptions = { method: 'exact', timeLimitMs: 30_000, maxPoints: 200 };

export interface FrontierPoint {
  budget: number;
  cost: number;
  residualFlow: number;
  bound: number;
  status: PlanStatus;
  actions: string[];
}

export function planFrontier(network: Network, opts: Partial<FrontierOptions> = {}): FrontierPoint[] {
  const o = { ...FRONTIER_DEFAULTS, ...opts };
  const np = networkProblem(network, { ...o, budget: 0 });
  const costs = np.problem.actions.map((a) => a.cost).filter((c) => c > 0);
  const total = costs.reduce((s, c) => s + c, 0);
  const step = o.step ?? defaultStep(costs);
  const points: FrontierPoint[] = [];
  const most = Math.min(o.maxPoints, step > 0 ? Math.ceil(total / step - 1e-9) + 1 : 1);
  for (let i = 0; i < o.maxPoints; i++) {
    const budget = Math.min(i * step, total);
    const problem = { ...np.problem, budget };
    const plan = planSync(np, problem, o.method, o.timeLimitMs);
    points.push({
      budget,
      cost: plan.cost,
      residualFlow: plan.residualFlow,
      bound: plan.bound,
      status: plan.status,
      actions: plan.actions.map((a) => a.id),
    });
    const last = plan.residualFlow <= 1e-9 || budget >= total;
    o.onPoint?.(points.length, last ? points.length : Math.max(most, points.length + 1));
    if (last) break;
  }
  return points;
}

function defaultStep(costs: number[]): number {
  if (costs.length === 0) return 1;
  if (costs.every((c) => Number.isInteger(c))) return costs.reduce((g, c) => gcd(g, c));
  return Math.min(...costs);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
