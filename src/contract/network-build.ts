// Networks from data: build a network from stored datasets, tie an actor to a
// list entity, merge a built network into a scenario, association analysis
// and the designation timeline. Request schemas and the TypeScript types.

import { LINK_KINDS, type LinkKind } from '../core/model/network.js';

const NAME = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' } as const;
/** `name` or `name@version`. */
const DATASET = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*(@\\d+)?$' } as const;
const DATASETS = { type: 'array', items: DATASET, minItems: 1, maxItems: 20 } as const;
const SEEDS = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, maxItems: 100 } as const;
const ACTORS = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  minItems: 1,
  maxItems: 1000,
} as const;
const LINK_KIND_LIST = {
  type: 'array',
  items: { type: 'string', enum: [...LINK_KINDS, 'all', 'stated', 'ftm', 'listing', 'derived'] },
  maxItems: 20,
} as const;
const BUILD_TUNING = {
  hops: { type: 'integer', minimum: 0, maximum: 10 },
  linkKinds: LINK_KIND_LIST,
  maxShared: { type: 'integer', minimum: 1, maximum: 1000 },
  maxNodes: { type: 'integer', minimum: 1, maximum: 200_000 },
} as const;

export interface BuildNetworkBody {
  name: string;
  /** Stored datasets, `name` or `name@version`. */
  datasets: string[];
  /** Entity ids, or names matched exactly (case and accents folded). */
  around: string[];
  hops?: number;
  /** Kinds, or the groups all, stated, ftm, listing, derived. */
  linkKinds?: (LinkKind | 'all' | 'stated' | 'ftm' | 'listing' | 'derived')[];
  asOf?: string;
  maxShared?: number;
  maxNodes?: number;
}

export const BUILD_NETWORK_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'datasets', 'around'],
  properties: {
    name: NAME,
    datasets: DATASETS,
    around: SEEDS,
    asOf: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    ...BUILD_TUNING,
  },
} as const;

export interface LinkEntityBody {
  /** Network version to start from; latest when omitted. */
  version?: number;
  /** The actor's id in the network. */
  node: string;
  /** The list entity's id (as a screening result gives it). */
  entity: string;
  /** The dataset holding it, `name` or `name@version`. */
  dataset: string;
  note?: string;
}

export const LINK_ENTITY_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['node', 'entity', 'dataset'],
  properties: {
    version: { type: 'integer', minimum: 1 },
    node: { type: 'string', minLength: 1 },
    entity: { type: 'string', minLength: 1 },
    dataset: DATASET,
    note: { type: 'string', maxLength: 500 },
  },
} as const;

export interface MergeNetworkBody {
  /** Version of the scenario network; latest when omitted. */
  version?: number;
  /** The built network, `name` or `name@version`. */
  built: string;
  /** Store the result under this name instead of the scenario's. */
  as?: string;
}

export const MERGE_NETWORK_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['built'],
  properties: { version: { type: 'integer', minimum: 1 }, built: DATASET, as: NAME },
} as const;

export interface AssociationBody {
  version?: number;
  /** Two groups of actors (ids, list ids or names) to separate. */
  between?: [string[], string[]];
  top?: number;
  seed?: number;
}

export const ASSOCIATION_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { type: 'integer', minimum: 1 },
    between: { type: 'array', items: ACTORS, minItems: 2, maxItems: 2 },
    top: { type: 'integer', minimum: 1, maximum: 1000 },
    seed: { type: 'integer', minimum: 0 },
  },
} as const;

export interface TimelineBody {
  before: string[];
  after: string[];
  around: string[];
  hops?: number;
  linkKinds?: BuildNetworkBody['linkKinds'];
  maxShared?: number;
}

export const TIMELINE_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['before', 'after', 'around'],
  properties: {
    before: DATASETS,
    after: DATASETS,
    around: SEEDS,
    hops: BUILD_TUNING.hops,
    linkKinds: LINK_KIND_LIST,
    maxShared: BUILD_TUNING.maxShared,
  },
} as const;
