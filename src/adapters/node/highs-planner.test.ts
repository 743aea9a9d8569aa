import { afterAll } from 'vitest';
import { exactPlannerContract } from '../../core/plan/exact-planner-contract.js';
import { planByMilp } from '../../core/plan/milp-plan.js';
import { HighsSolver } from './highs-solver.js';

const solver = new HighsSolver();
afterAll(() => solver.close());

exactPlannerContract('HiGHS on the general MILP', (p) => planByMilp(p, solver, { timeLimitMs: 30_000 }), 300);
