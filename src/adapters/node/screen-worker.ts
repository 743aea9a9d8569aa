// Worker thread for batch screening: opens the store and the screening
// service over the indexes the main thread shares with it (the dataset
// versions it pinned, in shared memory), then screens the chunks of rows the
// main thread sends it.

import { parentPort } from 'node:worker_threads';
import type { QueryRow } from '../../core/ingest/screening-queries.js';
import { InputError, type Location } from '../../core/model/errors.js';
import type { Store } from '../../core/store/store.js';
import { screenRows, type BatchOptions } from '../../service/batch-screening.js';
import type { ScreeningService } from '../../service/screening.js';
import { openStore } from './open-store.js';
import { screeningService } from './screening.js';
import type { ChunkRow, WorkerReply, WorkerRequest } from './screen-protocol.js';
import { SharedIndexes } from './shared-index.js';
import { errorText, resultLine } from './screen-output.js';

if (!parentPort) throw new Error('screen-worker must run in a worker thread');
const port = parentPort;
let state: { service: ScreeningService; store: Store; options: BatchOptions } | undefined;

const reply = (m: WorkerReply): void => port.postMessage(m);

function rehydrate(row: ChunkRow): QueryRow {
  const { error, ...rest } = row;
  if (!error) return rest;
  return {
    ...rest,
    error: new InputError(error.code as never, error.message, error.location, error.hint),
  };
}

async function* each(rows: ChunkRow[]): AsyncGenerator<QueryRow> {
  for (const r of rows) yield rehydrate(r);
}

port.on('message', async (m: WorkerRequest) => {
  try {
    if (m.type === 'init') {
      const store = await openStore(m.dbPath);
      // The indexes are views on the main thread's shared memory: no thread builds or copies its own.
      const service = screeningService(store, {
        db: m.dbPath,
        env: m.env,
        persistence: new SharedIndexes(m.snapshots),
      });
      const options: BatchOptions = { ...m.options, scope: m.snapshots.map((s) => `${s.name}@${s.version}`) };
      const datasets = await service.scope(options.scope);
      let size = 0;
      for (const d of datasets) size += (await service.index(d)).index.size;
      state = { service, store, options };
      reply({ type: 'ready', size });
    } else if (m.type === 'chunk') {
      if (!state) throw new Error('chunk before init');
      let text = '';
      let matched = 0;
      const errors: string[] = [];
      for await (const row of screenRows(state.service, each(m.rows), state.options)) {
        if (row.results[0]?.match) matched++;
        if (row.error) errors.push(errorText(row));
        text += resultLine(m.format, row, m.columns);
      }
      reply({ type: 'chunk', seq: m.seq, text, matched, errors });
    } else if (m.type === 'rows') {
      if (!state) throw new Error('rows before init');
      const results = [];
      for await (const row of screenRows(state.service, each(m.rows), state.options)) results.push(row);
      reply({ type: 'rows', seq: m.seq, results });
    }
  } catch (e) {
    const err = e as { message: string; code?: string; location?: Location; hint?: string };
    reply({ type: 'error', message: err.message, code: err.code, location: err.location, hint: err.hint });
  }
});
