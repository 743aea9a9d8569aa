// Worker thread for the map's layout: lays out one network and posts the
// result back, so a large network never blocks the server's event loop.

import { parentPort } from 'node:worker_threads';
import type { Network } from '../../core/model/network.js';
import { mapLayout, type MapLayoutOptions } from '../../service/map-layout.js';

if (!parentPort) throw new Error('map-layout-worker must run in a worker thread');
const port = parentPort;

port.on('message', (m: { network: Network; options: Partial<MapLayoutOptions> }) => {
  try {
    port.postMessage({ ok: true, layout: mapLayout(m.network, m.options) });
  } catch (e) {
    port.postMessage({ ok: false, message: (e as Error).message });
  }
});
