// Shapes every endpoint shares: the error body, version metadata and the
// "unbounded" number. JSON Schema objects plus the matching TypeScript types.

/** A quantity that may have no limit (JSON has no Infinity). */
export type Quantity = number | 'unbounded';

export const QUANTITY_SCHEMA = {
  anyOf: [{ type: 'number' }, { type: 'string', enum: ['unbounded'] }],
} as const;

/**
 * Every error code an answer can carry, closed: the core's (input, reference,
 * not found, conflict, usage, I/O) and the HTTP layer's (auth, limits, rate, internal,
 * unavailable: nothing to screen against).
 */
export const ERROR_CODES = [
  'E_PARSE',
  'E_SCHEMA',
  'E_REFERENCE',
  'E_VALUE',
  'E_NOT_FOUND',
  'E_CONFLICT',
  'E_USAGE',
  'E_IO',
  'E_AUTH',
  'E_LIMIT',
  'E_RATE',
  'E_INTERNAL',
  'E_UNAVAILABLE',
] as const;

export type ErrorCodeOut = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  error: {
    code: ErrorCodeOut;
    message: string;
    /** Field path of the offending value, e.g. `body.queries.q1.properties`. */
    path?: string;
    /** The request field the problem concerns, e.g. `hops`. */
    field?: string;
    /** Where in a sent file or body: line and column from 1, or a record id. */
    location?: { file?: string; line?: number; column?: number; record?: string };
    /** The fix, naming request fields (never a command-line option). */
    hint?: string;
  };
  requestId: string;
  /** The message again, where yente's clients look for it. */
  detail?: string;
}

export const ERROR_SCHEMA = {
  type: 'object',
  required: ['error', 'requestId'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: ERROR_CODES },
        message: { type: 'string' },
        path: { type: 'string' },
        field: { type: 'string' },
        location: {
          type: 'object',
          properties: {
            file: { type: 'string' },
            line: { type: 'integer' },
            column: { type: 'integer' },
            record: { type: 'string' },
          },
        },
        hint: { type: 'string' },
      },
    },
    requestId: { type: 'string' },
    detail: { type: 'string' },
  },
} as const;

export interface VersionSummary {
  kind: 'network' | 'dataset';
  name: string;
  version: number;
  sourceFile?: string;
  format?: string;
  contentHash: string;
  importedAt: string;
  counts: Record<string, number>;
  notes?: Record<string, unknown>;
}

export const VERSION_SCHEMA = {
  type: 'object',
  required: ['kind', 'name', 'version', 'contentHash', 'importedAt', 'counts'],
  properties: {
    kind: { type: 'string', enum: ['network', 'dataset'] },
    name: { type: 'string' },
    version: { type: 'integer' },
    sourceFile: { type: 'string' },
    format: { type: 'string' },
    contentHash: { type: 'string' },
    importedAt: { type: 'string' },
    counts: { type: 'object', additionalProperties: { type: 'number' } },
    notes: { type: 'object', additionalProperties: true },
  },
} as const;

export const VERSION_LIST_SCHEMA = { type: 'array', items: VERSION_SCHEMA } as const;

/** `name` path parameter of networks and datasets. */
export const NAME_PARAMS_SCHEMA = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' } },
} as const;
