// Long work run as jobs: batch screening (and large plans), with progress
// polled or streamed as server-sent events, and cancellation.

import { MATCH_PARAMS_SCHEMA, type MatchResult } from './match.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  id: string;
  kind: string;
  state: JobState;
  /** Rows (or steps) done of the total; distributed batch jobs add their rate (rows/s) and the seconds left. */
  progress: { done: number; total: number; rate?: number; etaSeconds?: number };
  createdAt: string;
  finishedAt?: string;
  error?: string;
}

export interface BatchRow {
  /** The caller's key for the row (defaults to its 1-based position). */
  key?: string;
  schema?: string;
  name: string;
  country?: string;
  birthDate?: string;
  idNumber?: string;
}

export interface BatchScreenRequest {
  dataset: string;
  rows?: BatchRow[];
  /** CSV with a header naming some of: key, schema, name, country, birthDate, idNumber. */
  csv?: string;
  limit?: number;
  threshold?: number;
  algorithm?: string;
}

export const BATCH_SCREEN_SCHEMA = {
  type: 'object',
  required: ['dataset'],
  additionalProperties: false,
  properties: {
    dataset: { type: 'string', minLength: 1 },
    rows: {
      type: 'array',
      maxItems: 100000,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          key: { type: 'string' },
          schema: { type: 'string' },
          name: { type: 'string', minLength: 1 },
          country: { type: 'string' },
          birthDate: { type: 'string' },
          idNumber: { type: 'string' },
        },
      },
    },
    csv: { type: 'string' },
    limit: MATCH_PARAMS_SCHEMA.properties.limit,
    threshold: MATCH_PARAMS_SCHEMA.properties.threshold,
    algorithm: MATCH_PARAMS_SCHEMA.properties.algorithm,
  },
} as const;

export interface BatchRowResult {
  key: string;
  /** Line of the CSV (or position in `rows`). */
  line: number;
  name: string;
  results: Pick<MatchResult, 'id' | 'caption' | 'schema' | 'score' | 'match' | 'explanations' | 'datasets'>[];
  /** Why the row could not be screened; the other rows were. */
  error?: { code: string; message: string; line: number; path?: string; column?: number; hint?: string };
}

export interface BatchScreenResult {
  dataset: string;
  version: number;
  rows: BatchRowResult[];
  matched: number;
  /** Rows reported with an error. */
  errors: number;
}

/** One event of GET /jobs/{id}/events (the SSE `data:` line). */
export type JobEvent = { type: 'progress' | 'state'; job: JobStatus };
