// Reverse re-screening of a large book on several threads: the list entities
// a change asks to match are handed out, a few at a time, to worker threads;
// each thread reads the book index and the counterparties from shared memory
// (one copy for all threads: the index's bytes, and the counterparties as
// JSON records parsed only when one comes up as a candidate), and the
// targets' events are put back in target order, so the result is the one
// reverseRescreen gives on one thread. Small books stay on the calling thread.

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  assembleReverse,
  changeSnapshot,
  reverseRescreen,
  reverseTargets,
  type ReverseRescreen,
  type TargetMatches,
} from '../../core/monitor/list-rules.js';
import type { BookIndex } from '../../core/monitor/book-index.js';
import type { Counterparty } from '../../core/monitor/types.js';
import { startWorker } from './worker-script.js';
import type { ReverseInit, ReverseReply } from './reverse-worker.js';

export interface ReverseThreads {
  /** Worker threads (default: the machine's parallelism). */
  threads?: number;
  /** Books smaller than this are matched on the calling thread (default 50,000). */
  minBook?: number;
  /** Targets handed to a thread at a time (default 4). */
  batch?: number;
}

/** A book's counterparties as JSON records in shared memory: record i is bytes [starts[i], starts[i+1]). */
export interface SharedBook {
  bytes: Uint8Array;
  starts: Uint32Array;
}

const books = new WeakMap<readonly Counterparty[], SharedBook>();
const indexes = new WeakMap<BookIndex, Uint8Array>();

/** The counterparties in shared memory (made once per book array). */
export function sharedBook(book: readonly Counterparty[]): SharedBook {
  let s = books.get(book);
  if (s) return s;
  const records = book.map((c) => JSON.stringify(c));
  const starts = new Uint32Array(new SharedArrayBuffer(4 * (book.length + 1)));
  let at = 0;
  records.forEach((r, i) => {
    at += Buffer.byteLength(r);
    starts[i + 1] = at;
  });
  const bytes = Buffer.from(new SharedArrayBuffer(at));
  records.forEach((r, i) => bytes.write(r, starts[i] as number));
  s = { bytes: new Uint8Array(bytes.buffer, 0, at), starts };
  books.set(book, s);
  return s;
}

/** The book index's bytes in shared memory (made once per index). */
export function sharedIndexBytes(index: BookIndex): Uint8Array {
  let b = indexes.get(index);
  if (!b) {
    b = index.toBytes((n) => new Uint8Array(new SharedArrayBuffer(n)));
    indexes.set(index, b);
  }
  return b;
}

/** The reverse re-screen port, on worker threads for large books. */
export function reverseRescreenThreads(setup: ReverseThreads = {}): ReverseRescreen {
  const threads = Math.max(1, setup.threads ?? availableParallelism());
  const minBook = setup.minBook ?? 50_000;
  const batch = Math.max(1, setup.batch ?? 4);
  return async (watch, change, decisions, stored, index) => {
    const { targets, skipped } = reverseTargets(change);
    const n = Math.min(threads, Math.ceil(targets.length / batch));
    if (watch.counterparties.length < minBook || n < 2)
      return reverseRescreen(watch, change, decisions, stored, index);
    if (index.size !== watch.counterparties.length)
      throw new Error(`the book index has ${index.size} entries, the book ${watch.counterparties.length}`);
    const init: ReverseInit = {
      index: sharedIndexBytes(index),
      book: sharedBook(watch.counterparties),
      watch: { id: watch.id, threshold: watch.threshold },
      snapshot: changeSnapshot(change),
      decisions: [...decisions],
      stored: [...stored],
      targets,
    };
    const matches: TargetMatches[] = new Array<TargetMatches>(targets.length);
    const workers: Worker[] = [];
    let next = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        let running = 0;
        const give = (w: Worker): boolean => {
          if (next >= targets.length) return false;
          const from = next;
          next = Math.min(targets.length, next + batch);
          w.postMessage({ from, to: next });
          return true;
        };
        for (let i = 0; i < n; i++) {
          const w = startWorker(import.meta.url, 'reverse-worker', { workerData: init });
          workers.push(w);
          running++;
          w.on('message', (m: ReverseReply) => {
            if ('error' in m) return reject(new Error(`reverse re-screen failed: ${m.error}`));
            m.matches.forEach((x, k) => (matches[m.from + k] = x));
            if (!give(w) && --running === 0) resolve();
          });
          w.on('error', reject);
          w.on('exit', (code) => {
            if (code !== 0) reject(new Error(`a reverse re-screen thread exited with code ${code}`));
          });
          give(w);
        }
      });
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return assembleReverse(watch, change, decisions, targets, skipped, matches);
  };
}
