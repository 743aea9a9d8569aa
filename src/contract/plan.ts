// Planning endpoints: /plan, /frontier and /rebuild requests and responses.
// Each schema is the one source: the server validates and publishes it, the
// TypeScript types are derived from it (from-schema.ts).

import { QUANTITY_SCHEMA } from './common.js';
import type { FromSchema } from './from-schema.js';

const STRINGS = { type: 'array', items: { type: 'string' } } as const;

/** Sponsor–recipient pairs, each weighted (default 1). */
export const PAIRS_SCHEMA = {
  type: 'array',
  maxItems: 100,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['from', 'to'],
    properties: {
      from: { ...STRINGS, minItems: 1 },
      to: { ...STRINGS, minItems: 1 },
      weight: { type: 'number', minimum: 0 },
    },
  },
} as const;

export const PLAN_REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { type: 'integer', minimum: 1 },
    /** Budget of the plan (/plan) or of the adversary's rebuild (/rebuild; default: the planning default, 3). */
    budget: { type: 'number', minimum: 0 },
    from: STRINGS,
    to: STRINGS,
    asOf: { type: 'string' },
    /** Measures already taken, for /rebuild. */
    actions: STRINGS,
    /**
     * Several sponsor–recipient pairs for /plan and /frontier, each weighted
     * (default 1): the plan minimises the weighted sum of their flows. Overrides from/to.
     */
    pairs: PAIRS_SCHEMA,
  },
} as const;

export type PlanRequest = FromSchema<typeof PLAN_REQUEST_SCHEMA>;

/** POST /jobs/plan: a frontier, plan or rebuild of a stored network, run as a job. */
export const PLAN_JOB_REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['network', 'kind'],
  properties: {
    network: { type: 'string', minLength: 1, maxLength: 200 },
    kind: { type: 'string', enum: ['frontier', 'plan', 'rebuild'] },
    ...PLAN_REQUEST_SCHEMA.properties,
  },
} as const;

export type PlanJobRequest = FromSchema<typeof PLAN_JOB_REQUEST_SCHEMA>;

const SOURCE_SCHEMA = {
  type: 'object',
  required: ['citation'],
  properties: {
    citation: { type: 'string' },
    date: { type: 'string' },
    url: { type: 'string' },
    quote: { type: 'string' },
  },
} as const;

export const PLANNED_ACTION_SCHEMA = {
  type: 'object',
  required: ['id', 'target', 'targetType', 'kind', 'cost', 'effect', 'flowRemoved', 'pathsBroken', 'sources'],
  properties: {
    id: { type: 'string' },
    /** Id of the node, channel or jurisdiction acted on. */
    target: { type: 'string' },
    targetType: { type: 'string', enum: ['node', 'channel', 'jurisdiction'] },
    kind: { type: 'string' },
    label: { type: 'string' },
    cost: { type: 'number' },
    /** `remove` or `reduce N%`. */
    effect: { type: 'string' },
    /** Residual flow without this action minus with it (the others kept). */
    flowRemoved: QUANTITY_SCHEMA,
    pathsBroken: {
      type: 'array',
      items: {
        type: 'object',
        required: ['nodes', 'channels', 'amount'],
        properties: { nodes: STRINGS, channels: STRINGS, amount: { type: 'number' } },
      },
    },
    sources: { type: 'array', items: SOURCE_SCHEMA },
  },
} as const;

/** POST /networks/{id}/plan: the best plan within the budget, explained. */
export const PLAN_RESPONSE_SCHEMA = {
  type: 'object',
  required: [
    'status',
    'method',
    'solver',
    'budget',
    'cost',
    'pairs',
    'baseFlow',
    'residualFlow',
    'bound',
    'gap',
    'actions',
    'nodes',
    'elapsedMs',
  ],
  properties: {
    status: { type: 'string', enum: ['optimal', 'time-limit', 'feasible', 'infeasible'] },
    method: { type: 'string', enum: ['exact', 'heuristic'] },
    solver: { type: 'string' },
    budget: { type: 'number' },
    cost: { type: 'number' },
    pairs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['from', 'to', 'weight'],
        properties: { from: STRINGS, to: STRINGS, weight: { type: 'number' } },
      },
    },
    /** Flow with no action (the expected value when sampling). */
    baseFlow: QUANTITY_SCHEMA,
    residualFlow: QUANTITY_SCHEMA,
    /** Proven lower bound on the best residual flow for this budget. */
    bound: QUANTITY_SCHEMA,
    gap: { type: 'number' },
    actions: { type: 'array', items: PLANNED_ACTION_SCHEMA },
    /** Search nodes explored. */
    nodes: { type: 'integer' },
    elapsedMs: { type: 'number' },
    samples: { type: 'integer' },
  },
} as const;

export type PlanResponse = FromSchema<typeof PLAN_RESPONSE_SCHEMA>;

/** A point of the cost/flow frontier: the best plan at one budget. */
export const FRONTIER_POINT_SCHEMA = {
  type: 'object',
  required: ['budget', 'cost', 'residualFlow', 'bound', 'status', 'actions'],
  properties: {
    budget: { type: 'number' },
    cost: { type: 'number' },
    residualFlow: QUANTITY_SCHEMA,
    bound: QUANTITY_SCHEMA,
    status: { type: 'string' },
    actions: STRINGS,
  },
} as const;

export type FrontierPoint = FromSchema<typeof FRONTIER_POINT_SCHEMA>;

/** POST /networks/{id}/frontier: the best plan at every budget, up to `maxBudget`. */
export const FRONTIER_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['from', 'to', 'points', 'maxBudget'],
  properties: {
    from: STRINGS,
    to: STRINGS,
    points: { type: 'array', items: FRONTIER_POINT_SCHEMA },
    /** The last point's budget: spending more removes nothing more. */
    maxBudget: { type: 'number' },
  },
} as const;

export type FrontierResponse = FromSchema<typeof FRONTIER_RESPONSE_SCHEMA>;

/** POST /networks/{id}/rebuild: the adversary's best answer to the measures in `actions`. */
export const REBUILD_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['opened', 'cost', 'residualBefore', 'residualAfter', 'evaluated', 'against', 'rebuildBudget'],
  properties: {
    opened: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'from', 'to', 'capacity', 'cost'],
        properties: {
          id: { type: 'string' },
          from: { type: 'string' },
          to: { type: 'string' },
          capacity: QUANTITY_SCHEMA,
          cost: { type: 'number' },
        },
      },
    },
    cost: { type: 'number' },
    residualBefore: QUANTITY_SCHEMA,
    residualAfter: QUANTITY_SCHEMA,
    /** Rebuilds (subsets of candidates) scored. */
    evaluated: { type: 'integer' },
    /** The measures the rebuild answers. */
    against: STRINGS,
    /** What the adversary could spend (the planning default unless the request gave one). */
    rebuildBudget: { type: 'number' },
  },
} as const;

export type RebuildResponse = FromSchema<typeof REBUILD_RESPONSE_SCHEMA>;
