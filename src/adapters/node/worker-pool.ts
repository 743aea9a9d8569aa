// A small pool of worker threads that screen chunks of queries; results come
// back keyed by sequence number so the caller can restore input order.

import type { Worker } from 'node:worker_threads';
import { InterdictError } from '../../core/model/errors.js';
import type { BatchFormat } from './screen-output.js';
import type { ChunkResult, ChunkRow, WorkerReply, WorkerRequest } from './screen-protocol.js';
import { startWorker } from './worker-script.js';

interface Slot {
  worker: Worker;
  busy: number;
}

export class ScreenPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (r: ChunkResult) => void; reject: (e: Error) => void; slot: Slot }
  >();
  private failure: Error | undefined;
  /** Entities in each worker's index. */
  indexSize = 0;

  private constructor() {}

  static async start(
    size: number,
    init: Omit<Extract<WorkerRequest, { type: 'init' }>, 'type'>,
  ): Promise<ScreenPool> {
    const pool = new ScreenPool();
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
              w?.resolve({ text: m.text, matched: m.matched, errors: m.errors });
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
          worker.postMessage({ type: 'init', ...init } satisfies WorkerRequest);
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
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, slot });
      slot.worker.postMessage({ type: 'chunk', seq, rows, format, columns } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
