// Interdiction planning: problems, exact branch and bound, the Lagrangian
// heuristic, the MILP model and solver port, frontier, adversary, samples, explanations.

export * from './problem.js';
export * from './network-problem.js';
export * from './evaluate-plan.js';
export * from './lagrangian-bound.js';
export * from './lambda-search.js';
export * from './cut-plans.js';
export * from './branch-and-bound.js';
export * from './heuristic.js';
export * from './brute-force.js';
export * from './milp-solver.js';
export * from './milp-model.js';
export * from './milp-plan.js';
export * from './uncertain-channels.js';
export * from './explain-plan.js';
export * from './plan-interdiction.js';
export * from './frontier.js';
export * from './rebuild.js';
export * from './robust-plan.js';
export * from './random-problems.js';
