// Worker thread for one planning job (a frontier, a plan or a rebuild): runs
// the planning service on the network it is sent, reporting each frontier
// point as progress, so the server's event loop stays free meanwhile.

import { parentPort, workerData } from 'node:worker_threads';
import { isInterdictError } from '../../core/model/errors.js';
import { frontier, planNetwork, rebuild } from '../../service/planning.js';
import type { PlanWorkerReply, PlanWorkerRequest } from './plan-job.js';

if (!parentPort) throw new Error('plan-worker must run in a worker thread');
const port = parentPort;
const reply = (m: PlanWorkerReply): void => port.postMessage(m);

async function run(r: PlanWorkerRequest): Promise<unknown> {
  switch (r.kind) {
    case 'frontier':
      return frontier(r.network, {
        ...r.query,
        onPoint: (done, total) => reply({ type: 'progress', done, total }),
      });
    case 'plan':
      return planNetwork(r.network, { ...r.query, budget: r.query.budget ?? 0 });
    case 'rebuild':
      return rebuild(r.network, { ...r.query, actions: r.query.actions ?? [] });
  }
}

run(workerData as PlanWorkerRequest).then(
  (result) => reply({ type: 'done', result }),
  (e: unknown) =>
    reply(
      isInterdictError(e)
        ? {
            type: 'error',
            code: e.code,
            message: e.message,
            ...(e.hint ? { hint: e.hint } : {}),
            ...(e.location ? { location: e.location } : {}),
          }
        : { type: 'error', code: 'E_INTERNAL', message: e instanceof Error ? e.message : String(e) },
    ),
);
