// One index per process: the batch's worker threads screen against the index
// the main thread loaded once into shared memory, with results byte-identical
// to a screening service that built its own; large lists are built on
// several threads into the same bytes; list updates hold at most two versions.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndexSync } from '../../core/match/index.js';
import type { Entity } from '../../core/model/entity.js';
import { rowsOfLines, screenRows } from '../../service/batch-screening.js';
import { runCli, tempDir } from '../cli/testing/run-cli.js';
import {
  screeningCsv,
  sdnNameParts,
  syntheticEntity,
  syntheticListLines,
} from '../../testing/synthetic-list.js';
import { readLines } from './files.js';
import { buildIndexParallel } from './index-build.js';
import { openStore } from './open-store.js';
import { screenBatch } from './screen-batch.js';
import { RESULT_COLUMNS, resultLine } from './screen-output.js';
import { screeningService } from './screening.js';
import { indexOfSnapshot, SharedIndexes, snapshotOf, type IndexSnapshot } from './shared-index.js';
import { loadSnapshots } from './worker-pool.js';

const parts = sdnNameParts();
const LISTED = 300;
const ROWS = 80;

describe('batch screening on worker threads sharing one index', () => {
  const dir = tempDir();
  const db = join(dir, 'store.db');
  const input = join(dir, 'rows.csv');

  beforeAll(async () => {
    const list = join(dir, 'list.ftm.json');
    writeFileSync(list, [...syntheticListLines(parts, LISTED)].join(''));
    const r = await runCli(['import', 'ftm', list, '--dataset', 'synthetic', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    writeFileSync(input, screeningCsv(parts, LISTED, ROWS));
  }, 60_000);

  it('writes byte for byte what a screening service with its own index writes', async () => {
    // The reference: one service on this thread that builds its own index (no cache, no threads).
    const store = await openStore(db);
    let expected = '';
    try {
      const service = screeningService(store, { persist: false });
      const columns = ['key', 'name'];
      expected = [...columns, ...RESULT_COLUMNS].join(',') + '\n';
      for await (const row of screenRows(service, rowsOfLines(readLines(input), 'csv', input), {}))
        expected += resultLine('csv', row, columns);
    } finally {
      await store.close();
    }
    for (const workers of [3]) {
      const output = join(dir, `out-${workers}.csv`);
      const summary = await screenBatch({
        input,
        output,
        dbPath: db,
        datasets: [],
        screen: {},
        workers,
        chunkSize: 7,
        env: { INTERDICT_CACHE: join(dir, `cache-${workers}`) },
      });
      expect(summary.queries).toBe(ROWS);
      expect(summary.indexSize).toBe(LISTED);
      expect(readFileSync(output, 'utf8') === expected).toBe(true);
    }
  }, 120_000);

  it('hands worker threads the index in shared memory, without a copy', async () => {
    const [snapshot] = await loadSnapshots({
      dbPath: db,
      env: { INTERDICT_CACHE: join(dir, 'cache-1') },
      datasets: [],
      options: {},
    });
    expect(snapshot!.buffer).toBeInstanceOf(SharedArrayBuffer);
    // A thread that receives the snapshot sees the same memory: a byte it changes is changed here.
    const probe = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       new Uint8Array(workerData.buffer)[workerData.buffer.byteLength - 1] ^= 0xff;
       parentPort.postMessage('done');`,
      { eval: true, workerData: snapshot },
    );
    const last = new Uint8Array(snapshot!.buffer)[snapshot!.buffer.byteLength - 1]!;
    await new Promise((resolve) => probe.once('message', resolve));
    await probe.terminate();
    expect(new Uint8Array(snapshot!.buffer)[snapshot!.buffer.byteLength - 1]).toBe(last ^ 0xff);
  }, 60_000);
});

describe('the index of a large list', () => {
  const list: Entity[] = Array.from({ length: 250 }, (_, i) => ({
    ...syntheticEntity(parts, i),
    datasets: ['s'],
  }));
  const options = { defaultDataset: 's', versions: { s: '1' } };

  it('built in slices on several threads is byte for byte the index one thread builds', async () => {
    const whole = buildIndexSync(list, options);
    async function* stream(): AsyncGenerator<Entity> {
      yield* list;
    }
    const parallel = await buildIndexParallel(stream(), options, { threads: 2, slice: 60 });
    expect(parallel.size).toBe(whole.size);
    expect(Buffer.from(parallel.toBytes()).equals(Buffer.from(whole.toBytes()))).toBe(true);
  }, 60_000);

  it('keeps at most two versions of a dataset when new versions are published', async () => {
    const index = buildIndexSync(list.slice(0, 20), options);
    const value = { index, designated: new Set<string>(), meta: new Map(), links: () => [] as Entity[] };
    const snap = (version: number): IndexSnapshot =>
      snapshotOf({ name: 's', version, contentHash: `h${version}` }, value);
    const shared = new SharedIndexes([snap(1)]);
    expect(shared.publish(snap(2))).toEqual([]);
    expect(shared.held()).toEqual({ s: [1, 2] });
    expect(shared.publish(snap(3))).toEqual([1]);
    expect(shared.held()).toEqual({ s: [2, 3] });
    const info = (version: number) =>
      ({ name: 's', version, contentHash: `h${version}` }) as Parameters<SharedIndexes['load']>[0];
    expect(await shared.load(info(1))).toBeUndefined();
    const loaded = await shared.load(info(3));
    expect(Buffer.from(loaded!.index.toBytes()).equals(Buffer.from(index.toBytes()))).toBe(true);
    // A version whose content differs from the snapshot's is not served from it.
    expect(await shared.load({ ...info(3), contentHash: 'other' })).toBeUndefined();
    expect(indexOfSnapshot(snap(4)).index.size).toBe(20);
  });
});
