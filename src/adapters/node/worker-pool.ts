// A small pool of worker threads that screen chunks of queries; results come
// back keyed by sequence number so the caller can restore input order. The
// index is loaded or built once, by the calling thread, and shared with the
// workers in a SharedArrayBuffer (shared-index.ts).

import type { Worker } from 'node:worker_threads';
import { InterdictError } from '../../core/model/errors.js';
import type { BatchRowResult } from '../../service/batch-screening.js';
import type { BatchFormat } from './screen-output.js';
import type { ChunkResult, ChunkRow, WorkerReply, WorkerRequest } from './screen-protocol.js';
import { startWorker } from './worker-script.js';
import { openStore } from './open-store.js';
import { screeningService } from './screening.js';
import { snapshotOf, type IndexSnapshot } from './shared-index.js';

type PoolInit = Omit<Extract<WorkerRequest, { type: 'init' }>, 'type' | 'snapshots'>;

/**
 * The indexes of the dataset versions a batch screens against, loaded (from
 * the files beside the database) or built once, in shared memory.
 */
export async function loadSnapshots(init: PoolInit): Promise<IndexSnapshot[]> {
  const store = await openStore(init.dbPath);
  try {
    const service = screeningService(store, { db: init.dbPath, env: init.env });
    const versions = await service.scope(init.datasets.length ? init.datasets : init.options.scope);
    const out: IndexSnapshot[] = [];
    for (const d of versions) {
      const info = await store.datasetInfo(d.name, d.version);
      out.push(snapshotOf(info, await service.index(d)));
    }
    return out;
  } finally {
    await store.close();
  }
}

interface Slot {
  worker: Worker;
  busy: number;
}

export class ScreenPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (r: never) => void; reject: (e: Error) => void; slot: Slot }
  >();
  private failure: Error | undefined;
  /** Entities in the index the workers share. */
  indexSize = 0;
  /** Bytes of shared memory holding the index (once for every worker). */
  sharedBytes = 0;

  private constructor() {}

  static async start(size: number, init: PoolInit): Promise<ScreenPool> {
    const snapshots = await loadSnapshots(init);
    const pool = new ScreenPool();
    pool.sharedBytes = snapshots.reduce((a, s) => a + s.buffer.byteLength, 0);
    await Promise.all(
      Array.from({ length: size }, () => {
        const worker = startWorker(import.meta.url, 'screen-worker');
        const slot: Slot = { worker, busy: 0 };
        pool.slots.push(slot);
        return new Promise<void>((resolve, reject) => {
          worker.on('message', (m: WorkerReply) => {
            if (m.type === 'ready') {
              pool.indexSize = m.size;
              resolve();
            } else if (m.type === 'chunk') {
              const w = pool.waiting.get(m.seq);
              pool.waiting.delete(m.seq);
              slot.busy--;
              w?.resolve({ text: m.text, matched: m.matched, errors: m.errors } as never);
            } else if (m.type === 'rows') {
              const w = pool.waiting.get(m.seq);
              pool.waiting.delete(m.seq);
              slot.busy--;
              w?.resolve(m.results as never);
            } else {
              const err = new InterdictError((m.code as never) ?? 'E_IO', m.message, m.location, m.hint);
              pool.fail(err);
              reject(err);
            }
          });
          worker.on('error', (e) => {
            pool.fail(e);
            reject(e);
          });
          worker.postMessage({ type: 'init', ...init, snapshots } satisfies WorkerRequest);
        });
      }),
    ).catch(async (e) => {
      await pool.close();
      throw e;
    });
    return pool;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  get capacity(): number {
    return this.slots.length;
  }

  /** Screen one chunk on the least busy worker. */
  run(seq: number, rows: ChunkRow[], format: BatchFormat, columns: string[]): Promise<ChunkResult> {
    return this.send(seq, { type: 'chunk', seq, rows, format, columns });
  }

  /** Screen rows on the least busy worker and return their results (not formatted). */
  rows(seq: number, rows: ChunkRow[]): Promise<BatchRowResult[]> {
    return this.send(seq, { type: 'rows', seq, rows });
  }

  private send<T>(seq: number, message: WorkerRequest): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(seq, { resolve: resolve as (r: never) => void, reject, slot });
      slot.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
