// Dataset diffs: what changed between two versions of a stored list, by
// content, each entity named; served directly or run as a job with progress.

/** An entity named in a dataset diff. */
export interface DiffEntityOut {
  id: string;
  schema: string;
  /** Display name; a sanction or link is named by the entities it refers to. */
  caption: string;
}

export interface DatasetChangeOut extends DiffEntityOut {
  /** Content fields whose values differ (`schema` when the schema changed). */
  properties: string[];
}

/** GET /datasets/{id}/diff, and the result of a `dataset-diff` job. */
export interface DatasetDiffOut {
  from: { name: string; version: number };
  to: { name: string; version: number };
  added: DiffEntityOut[];
  removed: DiffEntityOut[];
  changed: DatasetChangeOut[];
  counts: { added: number; removed: number; changed: number; unchanged: number };
}

/** POST /jobs/diff */
export interface DatasetDiffRequest {
  dataset: string;
  from: number;
  to: number;
}

export const DATASET_DIFF_REQUEST_SCHEMA = {
  type: 'object',
  required: ['dataset', 'from', 'to'],
  additionalProperties: false,
  properties: {
    dataset: { type: 'string', minLength: 1 },
    from: { type: 'integer', minimum: 1 },
    to: { type: 'integer', minimum: 1 },
  },
} as const;

const DIFF_ENTITY = {
  type: 'object',
  required: ['id', 'schema', 'caption'],
  properties: { id: { type: 'string' }, schema: { type: 'string' }, caption: { type: 'string' } },
} as const;

const SIDE = {
  type: 'object',
  required: ['name', 'version'],
  properties: { name: { type: 'string' }, version: { type: 'integer' } },
} as const;

export const DATASET_DIFF_SCHEMA = {
  type: 'object',
  required: ['from', 'to', 'added', 'removed', 'changed', 'counts'],
  properties: {
    from: SIDE,
    to: SIDE,
    added: { type: 'array', items: DIFF_ENTITY },
    removed: { type: 'array', items: DIFF_ENTITY },
    changed: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'schema', 'caption', 'properties'],
        properties: {
          ...DIFF_ENTITY.properties,
          properties: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    counts: {
      type: 'object',
      required: ['added', 'removed', 'changed', 'unchanged'],
      properties: {
        added: { type: 'integer' },
        removed: { type: 'integer' },
        changed: { type: 'integer' },
        unchanged: { type: 'integer' },
      },
    },
  },
} as const;
