// Messages between the server and its compute workers (compute-pool.ts,
// compute-worker.ts): a task names the network it runs on by a key, and
// carries the network itself only when that worker has not been sent it yet.

import type { Network } from '../../core/model/network.js';
import type { Location } from '../../core/model/errors.js';
import { flowDocument, type FlowQuery } from '../../service/analysis.js';
import {
  frontier,
  planNetwork,
  rebuild,
  type FrontierQuery,
  type PlanQuery,
  type RebuildQuery,
} from '../../service/planning.js';

/** The service calls a worker runs: each with its query, less what cannot cross a thread. */
export type ComputeTask =
  | { kind: 'flow'; query: FlowQuery }
  | { kind: 'frontier'; query: Omit<FrontierQuery, 'onPoint'> }
  | { kind: 'plan'; query: Omit<PlanQuery, 'solver'> }
  | { kind: 'rebuild'; query: Omit<RebuildQuery, 'candidates'> };

export interface ComputeRequest {
  seq: number;
  /** Names one network version (its name, version and content hash). */
  key: string;
  /** Sent with the first task on a network; the worker keeps the last few it was sent. */
  network?: Network;
  task: ComputeTask;
}

export type ComputeReply =
  | { seq: number; type: 'done'; result: unknown }
  /** The worker no longer holds the network named: send the task again with it. */
  | { seq: number; type: 'missing' }
  | {
      seq: number;
      type: 'error';
      /** Set when the error is one of the core's (an InterdictError), to rebuild it with its code. */
      code?: string;
      name?: string;
      message: string;
      hint?: string;
      location?: Location;
    };

/** Networks a worker keeps between tasks (the pool mirrors which ones). */
export const WORKER_NETWORKS = 3;

/** One task, on whichever thread calls it. */
export function runTask(network: Network, task: ComputeTask): unknown {
  switch (task.kind) {
    case 'flow':
      return flowDocument(network, task.query);
    case 'frontier':
      return frontier(network, task.query);
    case 'plan':
      return planNetwork(network, task.query);
    case 'rebuild':
      return rebuild(network, task.query);
  }
}
