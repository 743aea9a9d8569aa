// The screening service as the Node adapters use it: over a Store, with the
// index persisted beside the database and long work yielding to the event loop.

import type { Store } from '../../core/store/store.js';
import { ScreeningService, type IndexPersistence } from '../../service/screening.js';
import { buildIndexParallel } from './index-build.js';
import { FileIndexCache, indexCacheDir } from './index-cache.js';

/** Let other callbacks (HTTP requests, progress) run between slices of work. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface ScreeningSetup {
  /** The database location the store was opened from (a file, `:memory:` or a PostgreSQL URL). */
  db?: string;
  env?: Record<string, string | undefined>;
  /** Keep indexes on disk between runs (default: when `db` is given and not `:memory:`). */
  persist?: boolean;
  collections?: Record<string, string[]>;
  /** Where indexes come from instead of the files beside the database (worker threads: shared memory). */
  persistence?: IndexPersistence;
  /** Threads that build a large list's index (default: the machine's parallelism). */
  buildThreads?: number;
}

export function screeningService(store: Store, setup: ScreeningSetup = {}): ScreeningService {
  const dir = setup.db && setup.persist !== false ? indexCacheDir(setup.db, setup.env ?? {}) : undefined;
  return new ScreeningService({
    store,
    pause: yieldToLoop,
    build: (entities, options) =>
      buildIndexParallel(entities, options, setup.buildThreads ? { threads: setup.buildThreads } : {}),
    ...(setup.persistence
      ? { persistence: setup.persistence }
      : dir
        ? { persistence: new FileIndexCache(dir) }
        : {}),
    ...(setup.collections ? { collections: setup.collections } : {}),
  });
}
