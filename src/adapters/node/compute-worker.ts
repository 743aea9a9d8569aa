// A compute worker: runs the analysis and planning services on the networks it
// is sent, one task at a time, so the server's event loop never does the work.

import { parentPort } from 'node:worker_threads';
import { isInterdictError } from '../../core/model/errors.js';
import type { Network } from '../../core/model/network.js';
import { runTask, WORKER_NETWORKS, type ComputeReply, type ComputeRequest } from './compute-protocol.js';

if (!parentPort) throw new Error('compute-worker must run in a worker thread');
const port = parentPort;
/** The networks kept, least recently used first. */
const networks = new Map<string, Network>();

port.on('message', (m: ComputeRequest) => {
  const reply = (r: ComputeReply) => port.postMessage(r);
  if (m.network) {
    networks.set(m.key, m.network);
    while (networks.size > WORKER_NETWORKS) networks.delete(networks.keys().next().value!);
  }
  const network = networks.get(m.key);
  if (!network) return reply({ seq: m.seq, type: 'missing' });
  networks.delete(m.key);
  networks.set(m.key, network);
  Promise.resolve()
    .then(() => runTask(network, m.task))
    .then(
      (result) => reply({ seq: m.seq, type: 'done', result }),
      (e: unknown) =>
        reply(
          isInterdictError(e)
            ? {
                seq: m.seq,
                type: 'error',
                code: e.code,
                name: e.name,
                message: e.message,
                ...(e.hint ? { hint: e.hint } : {}),
                ...(e.location ? { location: e.location } : {}),
              }
            : { seq: m.seq, type: 'error', message: e instanceof Error ? e.message : String(e) },
        ),
    );
});
