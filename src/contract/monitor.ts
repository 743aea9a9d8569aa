// Request schemas of the monitoring endpoints (watches, alerts, decisions).

import { PAIRS_SCHEMA } from './plan.js';

const THRESHOLDS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    epsilon: { type: 'number', minimum: 0 },
    breachAbove: { type: 'number', minimum: 0 },
    breachDelta: { type: 'number', minimum: 0 },
    driftMargin: { type: 'number', minimum: 0 },
    patchBudget: { type: 'integer', minimum: 0, maximum: 50 },
  },
} as const;

const CHANNELS = {
  type: 'array',
  maxItems: 10,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'url', 'secret'],
    properties: {
      type: { const: 'webhook' },
      url: { type: 'string', format: 'uri', maxLength: 2000 },
      secret: { type: 'string', minLength: 8, maxLength: 200 },
    },
  },
} as const;

const SCHEDULE = {
  type: 'string',
  maxLength: 100,
  description: 'A cron expression (UTC), or "on-new-version" (the default).',
} as const;

export const WATCH_BODY_SCHEMA = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'network', 'plan'],
      properties: {
        kind: { const: 'network' },
        network: { type: 'string', minLength: 1, maxLength: 200 },
        plan: { type: 'array', maxItems: 1000, items: { type: 'string', maxLength: 200 } },
        budget: { type: 'number', minimum: 0 },
        pairs: PAIRS_SCHEMA,
        thresholds: THRESHOLDS,
        schedule: SCHEDULE,
        channels: CHANNELS,
        name: { type: 'string', maxLength: 200 },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'datasets', 'counterparties'],
      properties: {
        kind: { const: 'book' },
        datasets: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', maxLength: 200 } },
        counterparties: {
          type: 'array',
          minItems: 1,
          maxItems: 100000,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'properties'],
            properties: {
              id: { type: 'string', minLength: 1, maxLength: 200 },
              schema: { type: 'string', maxLength: 50 },
              properties: {
                type: 'object',
                additionalProperties: {
                  type: 'array',
                  maxItems: 50,
                  items: { type: 'string', maxLength: 1000 },
                },
              },
            },
          },
        },
        threshold: { type: 'number', minimum: 0, maximum: 1 },
        scoreDelta: { type: 'number', minimum: 0, maximum: 1 },
        schedule: SCHEDULE,
        channels: CHANNELS,
        name: { type: 'string', maxLength: 200 },
      },
    },
  ],
} as const;
interface WatchCommon {
  schedule?: string;
  channels?: { type: 'webhook'; url: string; secret: string }[];
  name?: string;
}
export type WatchBody =
  | (WatchCommon & {
      kind: 'network';
      network: string;
      plan: string[];
      budget?: number;
      pairs?: { from: string[]; to: string[]; weight?: number }[];
      thresholds?: Partial<
        Record<'epsilon' | 'breachAbove' | 'breachDelta' | 'driftMargin' | 'patchBudget', number>
      >;
    })
  | (WatchCommon & {
      kind: 'book';
      datasets: string[];
      counterparties: { id: string; schema?: string; properties: Record<string, string[]> }[];
      threshold?: number;
      scoreDelta?: number;
    });

export const ALERTS_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    state: { enum: ['open', 'acknowledged', 'resolved'] },
    watch: { type: 'string', maxLength: 200 },
    rule: { type: 'string', maxLength: 50 },
  },
} as const;
export interface AlertsQuery {
  state?: 'open' | 'acknowledged' | 'resolved';
  watch?: string;
  rule?: string;
}

export const ACK_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { note: { type: 'string', maxLength: 2000 } },
} as const;
export interface AckBody {
  note?: string;
}

export const RESOLVE_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['as', 'why'],
  properties: {
    as: { enum: ['true-match', 'false-positive', 'not-material', 'duplicate'] },
    why: { type: 'string', minLength: 1, maxLength: 2000 },
  },
} as const;
export interface ResolveBody {
  as: 'true-match' | 'false-positive' | 'not-material' | 'duplicate';
  why: string;
}

/** The evidence of an alert as the API returns it: network fields or match fields. */
export interface EvidenceOut {
  residualBefore?: number;
  residualAfter?: number;
  paths?: { nodes: string[]; channels: string[]; amount: number }[];
  contributions?: {
    element: { type: 'channel' | 'node'; id: string };
    change: string;
    residualWith: number;
    residualWithout: number;
  }[];
  patch?: { actions: string[]; cost: number; residual: number };
  bestPlan?: { actions: string[]; residual: number };
  counterparty?: string;
  entity?: string;
  caption?: string;
  score?: number;
  previousScore?: number;
  changedFields?: string[];
  explanations?: { feature: string; score: number; detail?: string }[];
}

/** One alert as `GET /alerts` returns it. */
export interface AlertOut {
  id: string;
  key: string;
  watch: string;
  rule: string;
  state: 'open' | 'acknowledged' | 'resolved';
  resolution?: string;
  openedAt: string;
  updatedAt: string;
  event: {
    severity: 'high' | 'medium' | 'low';
    title: string;
    value: number;
    snapshot: { kind: string; name: string; from: number; to: number };
    subject: { type: string; id: string };
    evidence: EvidenceOut;
  };
  history: { at: string; state: string; by: string; note?: string }[];
}
