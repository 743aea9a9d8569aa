// Defender–attacker–defender: the plan best against the adversary's worst
// rebuild, by iterating plans against the attacker's best responses until the bounds meet.

import type { Network } from '../model/network.js';
import { forEachMaximalPlan } from './brute-force.js';
import { residualFlow } from './evaluate-plan.js';
import { bestResponse, rebuildSetting, withOpened, type RebuildOptions } from './rebuild.js';

export interface RobustPlanOptions extends RebuildOptions {
  budget: number;
  maxIterations: number;
  /** The defender's plans are enumerated: refuse above this many. */
  maxPlans: number;
}

export const ROBUST_PLAN_DEFAULTS = { maxIterations: 50, maxPlans: 20_000 };

export interface RobustPlan {
  status: 'optimal' | 'iteration-limit';
  actions: string[];
  cost: number;
  /** Residual flow after the adversary's best rebuild against this plan. */
  worstResidual: number;
  /** Proven lower bound on the best worst-case residual. */
  bound: number;
  worstRebuild: string[];
  /** Residual flow of the plan if nothing is rebuilt. */
  residualWithoutRebuild: number;
  iterations: number;
}

export function robustPlan(
  network: Network,
  options: Partial<RobustPlanOptions> & { budget: number; rebuildBudget: number },
): RobustPlan {
  const o = { ...ROBUST_PLAN_DEFAULTS, ...options };
  const setting = rebuildSetting(network, o, o.budget);
  const responses: number[][] = [[]];
  const problems = [withOpened(setting, [])];
  let upper = Infinity;
  let best = { plan: [] as number[], rebuild: [] as number[] };
  let lower = -Infinity;
  let iterations = 0;
  while (iterations < o.maxIterations) {
    iterations++;
    // Master: the plan best against every response seen so far (a lower bound).
    let master = { plan: [] as number[], value: Infinity };
    forEachMaximalPlan(
      setting.np.problem,
      (plan) => {
        let worst = -Infinity;
        for (const p of problems) {
          worst = Math.max(worst, residualFlow(p, plan));
          if (worst >= master.value) return;
        }
        if (worst < master.value) master = { plan, value: worst };
      },
      { maxPlans: o.maxPlans },
    );
    lower = master.value;
    // Attacker's best response to the master plan (an upper bound).
    const r = bestResponse(setting, master.plan, o.rebuildBudget);
    if (r.value < upper) {
      upper = r.value;
      best = { plan: master.plan, rebuild: r.opened };
    }
    if (lower >= upper - 1e-9 || responses.some((x) => same(x, r.opened))) break;
    responses.push(r.opened);
    problems.push(withOpened(setting, r.opened));
  }
  const ids = best.plan.map((k) => setting.np.actions[k]!.id);
  return {
    status: lower >= upper - 1e-9 ? 'optimal' : 'iteration-limit',
    actions: ids,
    cost: best.plan.reduce((s, k) => s + setting.np.actions[k]!.cost, 0),
    worstResidual: upper,
    bound: Math.min(lower, upper),
    worstRebuild: best.rebuild.map((i) => setting.candidates[i]!.id),
    residualWithoutRebuild: residualFlow(withOpened(setting, []), best.plan),
    iterations,
  };
}

function same(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
