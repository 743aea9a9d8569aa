// Screening endpoints, compatible with yente: POST /match/{dataset} takes
// named queries and answers each with ranked, explained results; the entity
// shape, search, catalog and algorithm documents.

export interface MatchQuery {
  schema?: string;
  properties: Record<string, string[] | string>;
}

export interface MatchRequest {
  queries: Record<string, MatchQuery>;
  /** Algorithm configuration variables (GET /algorithms lists them); an unknown key is 400. */
  config?: Record<string, number | string>;
  /** yente's older per-feature weights; read as `weight_FEATURE` config keys. */
  weights?: Record<string, number>;
}

/** Most queries in one /match request (yente's MAX_BATCH). */
export const MAX_BATCH = 100;

export const MATCH_REQUEST_SCHEMA = {
  type: 'object',
  required: ['queries'],
  properties: {
    queries: {
      type: 'object',
      minProperties: 1,
      maxProperties: MAX_BATCH,
      additionalProperties: {
        type: 'object',
        required: ['properties'],
        properties: {
          id: { type: 'string' },
          schema: { type: 'string' },
          properties: { type: 'object' },
        },
      },
    },
    config: { type: 'object', additionalProperties: { type: ['number', 'string'] } },
    weights: { type: 'object', additionalProperties: { type: 'number' } },
  },
} as const;

export interface MatchParams {
  limit?: number;
  threshold?: number;
  cutoff?: number;
  algorithm?: string;
  include_dataset?: string[];
  exclude_dataset?: string[];
  exclude_schema?: string[];
  topics?: string[];
  changed_since?: string;
  exclude_entity_ids?: string[];
}

const STRINGS = { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 100 } as const;

export const MATCH_PARAMS_SCHEMA = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 5 },
    threshold: { type: 'number', minimum: 0, maximum: 1, default: 0.7 },
    cutoff: { type: 'number', minimum: 0, maximum: 1, default: 0.5 },
    algorithm: { type: 'string', default: 'interdict-v1' },
    include_dataset: STRINGS,
    exclude_dataset: STRINGS,
    exclude_schema: STRINGS,
    topics: STRINGS,
    changed_since: { type: 'string', maxLength: 40 },
    exclude_entity_ids: { ...STRINGS, maxItems: 50 },
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

/** An entity as every endpoint returns it (yente's EntityResponse). */
export interface EntityDocument {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, (string | EntityDocument)[]>;
  datasets: string[];
  referents: string[];
  /** On a sanctions list (a Sanction names it, or it carries the sanction topic). */
  target: boolean;
  /** Import time of the first dataset version that held it. */
  first_seen: string | null;
  /** Import time of the latest dataset version that holds it. */
  last_seen: string | null;
  /** Import time of the version whose content last changed it. */
  last_change: string | null;
}

export interface ProximityDocument {
  designated: boolean;
  nearest: number | null;
  path: { from: string; to: string; via: string; evidence: string }[];
  explanation: string;
}

export interface MatchResult extends EntityDocument {
  properties: Record<string, string[]>;
  score: number;
  match: boolean;
  /** yente's per-feature values. */
  features: Record<string, number>;
  explanations: MatchExplanation[];
  /** Version of the first dataset the result came from. */
  version: number;
  /** Dataset → version of every dataset the result came from. */
  versions: Record<string, number>;
  /** How close a result that is not listed itself sits to listed entities. */
  proximity?: ProximityDocument;
}

export interface MatchResponseItem {
  status: number;
  results: MatchResult[];
  total: { value: number; relation: 'eq' };
  /** The query as screened: known properties, cleaned values. */
  query: { id?: string; schema: string; properties: Record<string, string[]> };
}

export interface MatchResponse {
  responses: Record<string, MatchResponseItem>;
  /** The algorithm's features and their weights. */
  matcher: { name: string; features: Record<string, { description: string; coefficient: number }> };
  limit: number;
}

export interface SearchFacet {
  label: string;
  values: { name: string; label: string; count: number }[];
}

export interface SearchResponse {
  results: EntityDocument[];
  facets: Record<string, SearchFacet>;
  total: { value: number; relation: 'eq' };
  limit: number;
  offset: number;
}

export const SEARCH_QUERY_SCHEMA = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 1000, default: '' },
    simple: { type: 'boolean', default: false },
    schema: { type: 'string', default: 'Thing' },
    exclude_schema: STRINGS,
    countries: STRINGS,
    topics: STRINGS,
    datasets: STRINGS,
    include_dataset: STRINGS,
    exclude_dataset: STRINGS,
    changed_since: { type: 'string', maxLength: 40 },
    filter: STRINGS,
    filter_op: { type: 'string', enum: ['OR', 'AND', 'or', 'and'], default: 'OR' },
    fuzzy: { type: 'boolean', default: false },
    limit: { type: 'integer', minimum: 0, maximum: 500, default: 10 },
    offset: { type: 'integer', minimum: 0, maximum: 10000, default: 0 },
    sort: STRINGS,
    facets: { ...STRINGS, default: ['countries', 'topics', 'datasets'] },
    target: { type: 'boolean' },
  },
} as const;

export interface AdjacentPage {
  results: EntityDocument[];
  total: { value: number; relation: 'eq' };
  limit: number;
  offset: number;
}

export interface AdjacentResponse {
  entity: EntityDocument;
  adjacent: Record<string, AdjacentPage>;
}

export interface AlgorithmDocument {
  name: string;
  description: string;
  features: Record<string, { description: string; coefficient: number }>;
  config: Record<
    string,
    { type: string; default: number; description: string; minimum?: number; maximum?: number }
  >;
}

export interface AlgorithmsResponse {
  algorithms: AlgorithmDocument[];
  default: string;
  best: string;
}

export interface CatalogDataset {
  name: string;
  title: string;
  /** Latest version number, as text (yente's dataset version). */
  version: string;
  load: boolean;
  /** A collection lists its datasets here. */
  children: string[];
  /** Datasets that include this one (collections). */
  collections: string[];
  entity_count: number;
  updated_at: string | null;
  index_current: boolean;
}

export interface CatalogResponse {
  datasets: CatalogDataset[];
  current: string[];
  outdated: string[];
  index_stale: boolean;
}
