// Worker thread of a parallel index build: builds the candidate index of one
// slice of a list and sends back its bytes (transferred, not copied).

import { parentPort } from 'node:worker_threads';
import { buildIndexSync, type IndexOptions } from '../../core/match/index.js';
import type { Entity } from '../../core/model/entity.js';

if (!parentPort) throw new Error('index-build-worker must run in a worker thread');
const port = parentPort;

port.on('message', (m: { seq: number; entities: Entity[]; options: Partial<IndexOptions> }) => {
  try {
    const bytes = buildIndexSync(m.entities, m.options, { keepFacts: false }).toBytes();
    port.postMessage({ seq: m.seq, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ seq: m.seq, error: (e as Error).message });
  }
});
