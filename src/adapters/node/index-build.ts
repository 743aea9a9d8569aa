// Candidate indexes of large lists built on several threads: the list is read
// once, in slices of consecutive entities; each slice is indexed on a worker
// thread and the slices' indexes are merged in list order, which gives the
// same index, byte for byte, as one thread would build. The first slice is
// indexed on the calling thread as it is read, so a list no longer than one
// slice starts no thread.

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { CandidateIndex, mergeIndexes, type IndexOptions } from '../../core/match/index.js';
import type { Entity } from '../../core/model/entity.js';
import { startWorker } from './worker-script.js';

export interface ParallelBuild {
  /** Threads building slices (default: the machine's parallelism). */
  threads?: number;
  /** Entities per slice (default 20,000). */
  slice?: number;
}

export async function buildIndexParallel(
  source: Iterable<Entity> | AsyncIterable<Entity>,
  options: Partial<IndexOptions> = {},
  setup: ParallelBuild = {},
): Promise<CandidateIndex> {
  const sliceSize = Math.max(1, setup.slice ?? 20_000);
  const threads = Math.max(1, setup.threads ?? availableParallelism());
  const done = new Map<number, Uint8Array>();
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  const waiters: (() => void)[] = [];
  let failure: Error | undefined;
  let inFlight = 0;
  const wake = (): void => {
    for (const w of waiters.splice(0)) w();
  };
  const start = (): void => {
    for (let i = 0; i < threads; i++) {
      const w = startWorker(import.meta.url, 'index-build-worker');
      w.on('message', (m: { seq: number; bytes?: Uint8Array; error?: string }) => {
        if (m.bytes) done.set(m.seq, m.bytes);
        else failure ??= new Error(`index build failed: ${m.error}`);
        inFlight--;
        idle.push(w);
        wake();
      });
      w.on('error', (e) => {
        failure ??= e;
        wake();
      });
      workers.push(w);
      idle.push(w);
    }
  };
  const settle = async (until: () => boolean): Promise<void> => {
    while (!until() && !failure) await new Promise<void>((resolve) => waiters.push(resolve));
    if (failure) throw failure;
  };
  let seq = 0;
  let slice: Entity[] = [];
  const send = async (): Promise<void> => {
    if (!workers.length) start();
    await settle(() => idle.length > 0);
    const w = idle.pop()!;
    inFlight++;
    w.postMessage({ seq: seq++, entities: slice, options });
    slice = [];
  };
  // The first slice is indexed here as it is read (a list of one slice needs no thread).
  const local = new CandidateIndex(options);
  let localCount = 0;
  try {
    for await (const e of source) {
      if (localCount < sliceSize) {
        local.add(e);
        localCount++;
        continue;
      }
      if (slice.length >= sliceSize) await send();
      slice.push(e);
    }
    if (!workers.length && !slice.length) return local.freeze();
    if (slice.length) await send();
    await settle(() => inFlight === 0);
    // The threads' heaps are let go before the merge, the peak of a build's memory.
    await Promise.all(workers.splice(0).map((w) => w.terminate()));
    // Slices are merged from their bytes: no key map is made per slice.
    const parts: (CandidateIndex | Uint8Array)[] = [local.freeze()];
    for (let i = 0; i < seq; i++) parts.push(done.get(i)!);
    done.clear();
    return mergeIndexes(parts);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
