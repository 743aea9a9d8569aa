// Planning endpoints: /plan, /frontier and /rebuild requests, and the parts
// of their results (from src/core/plan) that the web app reads.

export interface PlanRequest {
  version?: number;
  /** Most the measures may cost together. */
  budget?: number;
  from?: string[];
  to?: string[];
  asOf?: string;
}

export const PLAN_REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { type: 'integer', minimum: 1 },
    /** Budget of the plan (/plan) or of the adversary's rebuild (/rebuild; default: the planning default, 3). */
    budget: { type: 'number', minimum: 0 },
    from: { type: 'array', items: { type: 'string' } },
    to: { type: 'array', items: { type: 'string' } },
    asOf: { type: 'string' },
    /** Measures already taken, for /rebuild. */
    actions: { type: 'array', items: { type: 'string' } },
  },
} as const;

/** A point of the cost/flow frontier: the best plan at one budget. */
export interface FrontierPoint {
  budget: number;
  cost: number;
  residualFlow: number;
  bound: number;
  status: string;
  actions: string[];
}

/** POST /networks/{id}/frontier: the best plan at every budget, up to `maxBudget`. */
export interface FrontierResponse {
  from: string[];
  to: string[];
  points: FrontierPoint[];
  /** The last point's budget: spending more removes nothing more. */
  maxBudget: number;
}

export interface RebuildResponse {
  opened: { id: string; from: string; to: string; capacity: number; cost: number }[];
  cost: number;
  residualBefore: number;
  residualAfter: number;
  evaluated: number;
  /** The measures the rebuild answers. */
  against: string[];
  /** What the adversary could spend (the planning default unless the request gave one). */
  rebuildBudget: number;
}
