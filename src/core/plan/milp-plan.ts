// Exact interdiction through the MilpSolver port: build the model, solve, read
// the plan, and re-compute its residual flow with the max-flow engine.

import type { SearchResult } from './branch-and-bound.js';
import { residualFlow } from './evaluate-plan.js';
import { milpModel, type MilpModelOptions } from './milp-model.js';
import type { MilpSolver } from './milp-solver.js';
import type { InterdictionProblem } from './problem.js';

export interface MilpPlanResult extends Omit<SearchResult, 'status'> {
  status: 'optimal' | 'time-limit' | 'infeasible';
}

export async function planByMilp(
  problem: InterdictionProblem,
  solver: MilpSolver,
  options: { timeLimitMs: number } & Partial<MilpModelOptions>,
): Promise<MilpPlanResult> {
  const model = milpModel(problem, options);
  const sol = await solver.solve(model.lp, {
    timeLimitSeconds: options.timeLimitMs / 1000,
    columns: model.actionColumns,
  });
  if (sol.status === 'error') throw new Error(`${solver.name}: ${sol.message ?? 'solver error'}`);
  if (sol.status === 'infeasible')
    return { status: 'infeasible', plan: [], value: Infinity, bound: Infinity, nodes: 0 };
  const plan = model.actionColumns.flatMap((name, k) => ((sol.values[name] ?? 0) > 0.5 ? [k] : []));
  // The solver's objective is not trusted: the engine re-computes the residual.
  const value = residualFlow(problem, plan);
  const bound = Math.min(value, sol.bound ?? (sol.status === 'optimal' ? value : 0));
  return { status: sol.status, plan, value, bound, nodes: 0 };
}
