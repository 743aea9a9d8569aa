// Worker thread of bench/scale: screens names against the index the main
// thread shares with it (a view on its SharedArrayBuffer) and reports the time.

import { parentPort, workerData } from 'node:worker_threads';
import { screen } from '../src/core/match/index.js';
import { indexOfSnapshot, type IndexSnapshot } from '../src/adapters/node/shared-index.js';
import { cleanQuery } from '../src/service/query.js';

const { snapshot, names } = workerData as { snapshot: IndexSnapshot; names: string[] };
const { index } = indexOfSnapshot(snapshot);
const t0 = performance.now();
let matched = 0;
for (const name of names) {
  const query = cleanQuery({ schema: 'Thing', properties: { name: [name] } }, {}, { strict: false });
  if (screen(index, query)[0]?.match) matched++;
}
parentPort!.postMessage({ seconds: (performance.now() - t0) / 1000, matched });
