// The MilpSolver port on HiGHS (WebAssembly), run in a worker thread: HiGHS
// blocks the thread it solves on, so a server stays responsive while it works.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MilpSolution, MilpSolveOptions, MilpSolver } from '../../core/plan/milp-solver.js';

// Plain JavaScript evaluated in the worker (works from the TypeScript sources and from dist alike).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ready = import(workerData.highsUrl).then((m) => (m.default ?? m)());
parentPort.on('message', async (job) => {
  let reply;
  try {
    const highs = await ready;
    const S = highs.constants.modelStatus;
    const model = highs.createModel({ format: 'lp', data: job.lp });
    try {
      model.options.set({ output_flag: false, time_limit: job.timeLimitSeconds, mip_rel_gap: 0, mip_abs_gap: 1e-9 });
      model.run();
      const code = model.getModelStatus();
      const status = code === S.optimal ? 'optimal'
        : code === S.timeLimit ? 'time-limit'
        : code === S.infeasible || code === S.unboundedOrInfeasible ? 'infeasible' : 'error';
      const values = {};
      let objective, bound;
      if (status === 'optimal' || status === 'time-limit') {
        const x = model.getSolution().colValue;
        if (x && x.length) {
          objective = model.getObjectiveValue();
          const names = job.columns ?? Array.from({ length: x.length }, (_v, i) => model.getColName(i));
          for (const name of names) {
            const i = model.getColByName(name);
            if (i >= 0) values[name] = x[i];
          }
        }
        try { bound = model.info.get('mip_dual_bound'); } catch { bound = undefined; }
        if (status === 'optimal' && objective !== undefined) bound = Math.min(bound ?? objective, objective);
      }
      reply = { id: job.id, solution: { status, objective, bound, values, message: status === 'error' ? 'HiGHS model status ' + code : undefined } };
    } finally {
      model.dispose();
    }
  } catch (e) {
    reply = { id: job.id, solution: { status: 'error', values: {}, message: String(e && e.message || e) } };
  }
  parentPort.postMessage(reply);
});
`;

export interface HighsSolverOptions {
  /** Seconds of slack after the time limit before the worker is stopped. */
  graceSeconds: number;
}

export const HIGHS_SOLVER_DEFAULTS: HighsSolverOptions = { graceSeconds: 30 };

/** HiGHS in one worker thread; call `close()` to end the worker (it does not keep the process alive). */
export class HighsSolver implements MilpSolver {
  readonly name = 'highs';
  private worker: Worker | undefined;
  private next = 0;
  private readonly pending = new Map<number, (s: MilpSolution) => void>();
  private readonly options: HighsSolverOptions;

  constructor(options: Partial<HighsSolverOptions> = {}) {
    this.options = { ...HIGHS_SOLVER_DEFAULTS, ...options };
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const highsUrl = pathToFileURL(createRequire(import.meta.url).resolve('highs')).href.replace(
      /highs\.js$/,
      'highs.mjs',
    );
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { highsUrl } });
    worker.unref();
    worker.on('message', (msg: { id: number; solution: MilpSolution }) => {
      this.pending.get(msg.id)?.(msg.solution);
      this.pending.delete(msg.id);
    });
    worker.on('error', (e) => this.failAll(`HiGHS worker failed: ${e.message}`));
    worker.on('exit', () => {
      this.worker = undefined;
      this.failAll('HiGHS worker stopped');
    });
    this.worker = worker;
    return worker;
  }

  private failAll(message: string): void {
    for (const done of this.pending.values()) done({ status: 'error', values: {}, message });
    this.pending.clear();
  }

  solve(lp: string, options: MilpSolveOptions): Promise<MilpSolution> {
    const worker = this.start();
    const id = this.next++;
    return new Promise((resolve) => {
      const limit = (options.timeLimitSeconds + this.options.graceSeconds) * 1000;
      const timer = setTimeout(() => {
        // HiGHS overran its own limit: stop the worker, answer with an error.
        void worker.terminate();
      }, limit);
      timer.unref();
      this.pending.set(id, (s) => {
        clearTimeout(timer);
        resolve(s);
      });
      worker.postMessage({ id, lp, timeLimitSeconds: options.timeLimitSeconds, columns: options.columns });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
