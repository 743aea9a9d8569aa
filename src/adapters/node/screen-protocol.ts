// Messages between the batch-screening main thread and its workers.

import type { ScreenOptions, ScreenQuery } from '../../core/match/index.js';
import type { BatchFormat } from './screen-output.js';

export interface ChunkRow {
  input: Record<string, unknown>;
  query: ScreenQuery;
}

export type WorkerRequest =
  | { type: 'init'; dbPath: string; datasets: string[]; options: Partial<ScreenOptions> }
  | { type: 'chunk'; seq: number; rows: ChunkRow[]; format: BatchFormat; columns: string[] };

export interface ChunkResult {
  /** The chunk's output lines, in order. */
  text: string;
  /** Queries whose best result is a match. */
  matched: number;
}

export type WorkerReply =
  | { type: 'ready'; size: number }
  | ({ type: 'chunk'; seq: number } & ChunkResult)
  | { type: 'error'; message: string; code?: string | undefined };
