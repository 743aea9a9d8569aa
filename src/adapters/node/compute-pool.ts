// A few long-lived worker threads for the analysis and planning a request
// asks for on a large network (flow, what-ifs, frontier, plan, rebuild), so
// the server's event loop keeps answering meanwhile. Small networks are
// computed in place: a worker's round trip would cost more than the work.

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { InterdictError, type ErrorCode } from '../../core/model/errors.js';
import type { Network } from '../../core/model/network.js';
import {
  runTask,
  WORKER_NETWORKS,
  type ComputeReply,
  type ComputeRequest,
  type ComputeTask,
} from './compute-protocol.js';
import { startWorker } from './worker-script.js';

export interface ComputeOptions {
  /** Worker threads; default the cores less one, at least 2, at most 4. */
  workers: number;
  /** Networks with at most this many actors are computed on the calling thread. */
  inThreadActors: number;
  /** A worker idle this long is stopped (and its networks freed). */
  idleMs: number;
}

export const COMPUTE_DEFAULTS: ComputeOptions = {
  workers: Math.min(4, Math.max(2, availableParallelism() - 1)),
  inThreadActors: 1500,
  idleMs: 60_000,
};

interface Pending {
  seq: number;
  key: string;
  network: Network;
  task: ComputeTask;
  signal: AbortSignal | undefined;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Keys of the networks the worker holds, least recently used first (as the worker keeps them). */
  holds: string[];
  current?: Pending;
  idle?: ReturnType<typeof setTimeout>;
}

function errorOf(m: Extract<ComputeReply, { type: 'error' }>): Error {
  if (!m.code) return new Error(m.message);
  const e = new InterdictError(m.code as ErrorCode, m.message, m.location, m.hint);
  if (m.name) e.name = m.name;
  return e;
}

export class ComputePool {
  private readonly options: ComputeOptions;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private seq = 0;
  private closed = false;

  constructor(options: Partial<ComputeOptions> = {}) {
    this.options = { ...COMPUTE_DEFAULTS, ...options };
  }

  /** Whether a task on this network runs in a worker thread. */
  offThread(network: Network): boolean {
    return network.nodes.length > this.options.inThreadActors;
  }

  /**
   * Runs a task on a network; `key` names the network's content (the same key
   * must always mean the same network). An abort drops a queued task and stops
   * the worker of a running one.
   */
  run<T>(network: Network, key: string, task: ComputeTask, signal?: AbortSignal): Promise<T> {
    if (!this.offThread(network)) return Promise.resolve().then(() => runTask(network, task) as T);
    if (this.closed) return Promise.reject(new Error('the compute pool is closed'));
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return new Promise<T>((resolve, reject) => {
      const pending: Pending = {
        seq: ++this.seq,
        key,
        network,
        task,
        signal,
        resolve: resolve as (v: unknown) => void,
        reject,
      };
      signal?.addEventListener('abort', () => this.abort(pending), { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  /** Stops every worker; tasks queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('the server is closing');
    for (const p of this.queue.splice(0)) p.reject(error);
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        clearTimeout(slot.idle);
        slot.current?.reject(error);
        return slot.worker.terminate();
      }),
    );
  }

  private abort(p: Pending): void {
    const queued = this.queue.indexOf(p);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      p.reject(p.signal!.reason as Error);
      return;
    }
    const slot = this.slots.find((s) => s.current === p);
    if (!slot) return;
    slot.current = undefined;
    this.drop(slot);
    p.reject(p.signal!.reason as Error);
    this.pump();
  }

  private drop(slot: Slot): void {
    clearTimeout(slot.idle);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }

  private pump(): void {
    while (this.queue.length) {
      // A free worker that holds the network, else any free one, else a new one.
      const free = this.slots.filter((s) => !s.current);
      const next = this.queue[0]!;
      let slot = free.find((s) => s.holds.includes(next.key)) ?? free[0];
      if (!slot) {
        if (this.slots.length >= this.options.workers) return;
        slot = this.spawn();
      }
      this.send(slot, this.queue.shift()!, false);
    }
  }

  private send(slot: Slot, p: Pending, force: boolean): void {
    clearTimeout(slot.idle);
    slot.current = p;
    const held = slot.holds.indexOf(p.key);
    const withNetwork = force || held < 0;
    if (held >= 0) slot.holds.splice(held, 1);
    slot.holds.push(p.key);
    while (slot.holds.length > WORKER_NETWORKS) slot.holds.shift();
    const request: ComputeRequest = {
      seq: p.seq,
      key: p.key,
      task: p.task,
      ...(withNetwork ? { network: p.network } : {}),
    };
    slot.worker.postMessage(request);
  }

  private spawn(): Slot {
    const worker = startWorker(import.meta.url, 'compute-worker');
    // An idle worker never keeps the process alive.
    worker.unref();
    const slot: Slot = { worker, holds: [] };
    this.slots.push(slot);
    worker.on('message', (m: ComputeReply) => {
      const p = slot.current;
      if (!p || p.seq !== m.seq) return;
      if (m.type === 'missing') return this.send(slot, p, true);
      slot.current = undefined;
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(errorOf(m));
      slot.idle = setTimeout(() => this.drop(slot), this.options.idleMs);
      slot.idle.unref();
      this.pump();
    });
    const fail = (e: Error) => {
      const p = slot.current;
      slot.current = undefined;
      this.drop(slot);
      p?.reject(e);
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`a compute worker stopped (exit code ${code})`));
    });
    return slot;
  }
}
