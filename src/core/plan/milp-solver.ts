// The solver port: anything that solves a mixed-integer model written in CPLEX
// LP format (HiGHS in a worker, or a test double). Outcomes are values, not exceptions.

export interface MilpSolveOptions {
  timeLimitSeconds: number;
  /** Column values to return (all when omitted). */
  columns?: readonly string[];
}

export type MilpStatus = 'optimal' | 'time-limit' | 'infeasible' | 'error';

export interface MilpSolution {
  status: MilpStatus;
  /** Objective of the best solution found (undefined when none). */
  objective?: number;
  /** Proven lower bound (minimisation). */
  bound?: number;
  values: Record<string, number>;
  /** Solver's own words, for `error`. */
  message?: string;
}

export interface MilpSolver {
  readonly name: string;
  solve(lp: string, options: MilpSolveOptions): Promise<MilpSolution>;
}
