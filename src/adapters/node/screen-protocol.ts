// Messages between the batch-screening main thread and its workers.

import type { QueryRow } from '../../core/ingest/screening-queries.js';
import type { Location } from '../../core/model/errors.js';
import type { BatchOptions, BatchRowResult } from '../../service/batch-screening.js';
import type { BatchFormat } from './screen-output.js';
import type { IndexSnapshot } from './shared-index.js';

/** A row as sent to a worker: an unreadable row carries its error as plain fields. */
export interface ChunkRow extends Omit<QueryRow, 'error'> {
  error?: { code: string; message: string; location?: Record<string, unknown>; hint?: string };
}

export type WorkerRequest =
  | {
      type: 'init';
      dbPath: string;
      env: Record<string, string | undefined>;
      datasets: string[];
      options: BatchOptions;
      /** The indexes of the pinned dataset versions, in shared memory (built once by the main thread). */
      snapshots: IndexSnapshot[];
    }
  | { type: 'chunk'; seq: number; rows: ChunkRow[]; format: BatchFormat; columns: string[] }
  /** Rows screened and sent back as results (a distributed worker formats and commits them). */
  | { type: 'rows'; seq: number; rows: ChunkRow[] };

export interface ChunkResult {
  /** The chunk's output lines, in order. */
  text: string;
  /** Queries whose best result is a match. */
  matched: number;
  /** Rows reported with an error, as `line N: message` texts. */
  errors: string[];
}

export type WorkerReply =
  | { type: 'ready'; size: number }
  | ({ type: 'chunk'; seq: number } & ChunkResult)
  | { type: 'rows'; seq: number; results: BatchRowResult[] }
  | {
      type: 'error';
      message: string;
      code?: string | undefined;
      location?: Location | undefined;
      hint?: string | undefined;
    };
