// Runs a planning request (frontier, plan, rebuild) in its own worker thread:
// progress comes back per frontier point, an abort terminates the worker, and
// an error in the plan comes back with the planner's message.

import type { Network } from '../../core/model/network.js';
import type { FrontierQuery, PlanQuery, RebuildQuery } from '../../service/planning.js';
import { startWorker } from './worker-script.js';

export type PlanKind = 'frontier' | 'plan' | 'rebuild';

/** The query of each kind, without the callbacks and solvers a worker cannot be sent. */
export type PlanWorkerQuery = Omit<FrontierQuery, 'onPoint'> &
  Partial<Omit<PlanQuery, 'solver'>> &
  Partial<Omit<RebuildQuery, 'candidates'>>;

export interface PlanWorkerRequest {
  kind: PlanKind;
  network: Network;
  query: PlanWorkerQuery;
}

export type PlanWorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'error'; code: string; message: string; hint?: string; location?: unknown };

/** An error the planner raised, carried back from the worker with its code. */
export class PlanJobError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export function runPlanInWorker(
  request: PlanWorkerRequest,
  options: { signal?: AbortSignal; progress?: (done: number, total: number) => void } = {},
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(options.signal.reason as Error);
    const worker = startWorker(import.meta.url, 'plan-worker', { workerData: request });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => finish(() => reject(options.signal!.reason as Error));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: PlanWorkerReply) => {
      if (m.type === 'progress') options.progress?.(m.done, m.total);
      else if (m.type === 'done') finish(() => resolve(m.result));
      else finish(() => reject(new PlanJobError(m.code, m.message, m.hint)));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`the planning worker stopped (exit code ${code}) before answering`))),
    );
  });
}
