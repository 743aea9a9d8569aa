// Worker thread for batch screening: builds its own index from the store,
// then screens the chunks of queries the main thread sends it.

import { parentPort } from 'node:worker_threads';
import { screen, type ScreenOptions } from '../../core/match/index.js';
import { openStore } from './open-store.js';
import { loadScreeningIndex } from './screening-index.js';
import type { WorkerReply, WorkerRequest } from './screen-protocol.js';
import { resultLine } from './screen-output.js';

if (!parentPort) throw new Error('screen-worker must run in a worker thread');
const port = parentPort;
let state:
  | { index: Awaited<ReturnType<typeof loadScreeningIndex>>['index']; options: Partial<ScreenOptions> }
  | undefined;

const reply = (m: WorkerReply): void => port.postMessage(m);

port.on('message', async (m: WorkerRequest) => {
  try {
    if (m.type === 'init') {
      const store = await openStore(m.dbPath);
      try {
        const { index } = await loadScreeningIndex(store, m.datasets);
        state = { index, options: m.options };
        reply({ type: 'ready', size: index.size });
      } finally {
        await store.close();
      }
    } else if (m.type === 'chunk') {
      if (!state) throw new Error('chunk before init');
      const s = state;
      let text = '';
      let matched = 0;
      for (const row of m.rows) {
        const results = screen(s.index, row.query, s.options);
        if (results[0]?.match) matched++;
        text += resultLine(m.format, row.input, results, m.columns);
      }
      reply({ type: 'chunk', seq: m.seq, text, matched });
    }
  } catch (e) {
    reply({ type: 'error', message: (e as Error).message, code: (e as { code?: string }).code });
  }
});
