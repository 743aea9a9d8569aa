// Screening endpoints, compatible with yente: POST /match/{dataset} takes
// named queries and answers each with ranked, explained results.

export interface MatchQuery {
  schema?: string;
  properties: Record<string, string[] | string>;
}

export interface MatchRequest {
  queries: Record<string, MatchQuery>;
}

export const MATCH_REQUEST_SCHEMA = {
  type: 'object',
  required: ['queries'],
  properties: {
    queries: {
      type: 'object',
      minProperties: 1,
      maxProperties: 500,
      additionalProperties: {
        type: 'object',
        required: ['properties'],
        properties: {
          schema: { type: 'string', minLength: 1 },
          properties: {
            type: 'object',
            additionalProperties: {
              anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, maxItems: 50 }],
            },
          },
        },
      },
    },
  },
} as const;

/** Matching algorithms: ours, and yente's names accepted as aliases of the default. */
export const ALGORITHMS = ['interdict-v1', 'name-only'] as const;
export const ALGORITHM_ALIASES: Record<string, (typeof ALGORITHMS)[number]> = {
  best: 'interdict-v1',
  default: 'interdict-v1',
  'logic-v1': 'interdict-v1',
  'logic-v2': 'interdict-v1',
  'regression-v1': 'interdict-v1',
  'name-based': 'name-only',
  'name-qualified': 'name-only',
};

export interface MatchParams {
  limit?: number;
  threshold?: number;
  cutoff?: number;
  algorithm?: string;
}

export const MATCH_PARAMS_SCHEMA = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 5 },
    threshold: { type: 'number', minimum: 0, maximum: 1, default: 0.7 },
    cutoff: { type: 'number', minimum: 0, maximum: 1, default: 0.5 },
    algorithm: { type: 'string', default: 'interdict-v1' },
  },
} as const;

export interface MatchExplanation {
  feature: string;
  weight: number;
  value: number;
  contribution: number;
  query: string;
  candidate: string;
  detail: string;
}

export interface MatchResult {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets: string[];
  score: number;
  match: boolean;
  /** yente's per-feature values. */
  features: Record<string, number>;
  explanations: MatchExplanation[];
  /** Dataset version the result came from. */
  version: number;
}

export interface MatchResponseItem {
  status: number;
  results: MatchResult[];
  total: { value: number; relation: 'eq' };
  query: MatchQuery;
}

export interface MatchResponse {
  responses: Record<string, MatchResponseItem>;
  limit: number;
}

export interface SearchResponse {
  results: Omit<MatchResult, 'explanations' | 'features' | 'match'>[];
  total: { value: number; relation: 'eq' };
  limit: number;
}

export const SEARCH_QUERY_SCHEMA = {
  type: 'object',
  required: ['q'],
  properties: {
    q: { type: 'string', minLength: 1, maxLength: 500 },
    schema: { type: 'string' },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
  },
} as const;

export interface Adjacent {
  /** The property that links the two: the edge schema's property, or the one naming the other id. */
  property: string;
  entity: { id: string; schema: string; caption: string; dataset: string };
}

export interface EntityResponse {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets: string[];
  adjacent: Adjacent[];
}
