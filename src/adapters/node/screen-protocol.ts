// Messages between the batch-screening main thread and its workers.

import type { ScreenMatch, ScreenOptions, ScreenQuery } from '../../core/match/index.js';

export type WorkerRequest =
  | { type: 'init'; dbPath: string; datasets: string[]; options: Partial<ScreenOptions> }
  | { type: 'chunk'; seq: number; queries: ScreenQuery[] };

export type WorkerReply =
  | { type: 'ready'; size: number }
  | { type: 'chunk'; seq: number; results: ScreenMatch[][] }
  | { type: 'error'; message: string; code?: string | undefined };
