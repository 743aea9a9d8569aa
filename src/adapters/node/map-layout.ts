// The map's layout off the event loop: small networks are laid out in place,
// larger ones in a worker thread started for the request.

import type { Network } from '../../core/model/network.js';
import { mapLayout, type MapLayoutOptions } from '../../service/map-layout.js';
import { startWorker } from './worker-script.js';

type Layout = ReturnType<typeof mapLayout>;

/** Networks with more actors than this are laid out in a worker thread. */
export const WORKER_LAYOUT_THRESHOLD = 1500;

export function layoutOffThread(network: Network, options: Partial<MapLayoutOptions> = {}): Promise<Layout> {
  if (network.nodes.length <= WORKER_LAYOUT_THRESHOLD) return Promise.resolve(mapLayout(network, options));
  return new Promise<Layout>((resolve, reject) => {
    const worker = startWorker(import.meta.url, 'map-layout-worker');
    const done = () => void worker.terminate();
    worker.once('message', (m: { ok: true; layout: Layout } | { ok: false; message: string }) => {
      done();
      if (m.ok) resolve(m.layout);
      else reject(new Error(`laying out ${network.id} failed: ${m.message}`));
    });
    worker.once('error', (e) => {
      done();
      reject(e);
    });
    worker.postMessage({ network, options });
  });
}
