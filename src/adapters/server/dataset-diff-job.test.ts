// The dataset diff as a job on a listening server: progress over server-sent
// events, the named result, and a server that keeps answering meanwhile.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetDiffOut, JobStatus } from '../../contract/index.js';
import { fixture } from '../../testing/fixtures.js';
import { importList } from '../node/import-list.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { buildServer } from './app.js';
import { healthzMs, jobEvents, listenLocally } from './testing/test-server.js';

const KEY = 'test-key-dataset-diff-0123';
const AUTH = { authorization: `ApiKey ${KEY}` };
const JSON_AUTH = { ...AUTH, 'content-type': 'application/json' };

let store: SqliteStore;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'interdict-diff-job-')), 'test.db'));
  for (const set of ['ofac-sdn-2019-01', 'ofac-sdn-2021-07'])
    // The archived 2019 copy lost OFAC's 0x1A end byte.
    await importList(store, {
      format: 'ofac-csv',
      path: fixture(set),
      dataset: 'sdn',
      allowMissingMarker: true,
    });
  app = await buildServer(store, { logger: false, keys: new Map([[KEY, 'analyst']]) });
  base = await listenLocally(app);
}, 180_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
});

const events = (id: string) => jobEvents(base, id, AUTH);

describe('POST /jobs/diff', () => {
  it('diffs the 2019 and 2021 SDN sets as a job with progress, naming entities and fields', async () => {
    const started = await fetch(`${base}/jobs/diff`, {
      method: 'POST',
      headers: JSON_AUTH,
      body: JSON.stringify({ dataset: 'sdn', from: 1, to: 2 }),
    });
    expect(started.status).toBe(202);
    const job = (await started.json()) as JobStatus;
    expect(job).toMatchObject({ kind: 'dataset-diff' });
    const seen = await events(job.id);
    const last = seen.at(-1)!.job;
    expect(last.state).toBe('done');
    const progress = seen.filter((e) => e.type === 'progress').map((e) => e.job.progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);

    const result = (await (
      await fetch(`${base}/jobs/${job.id}/result`, { headers: AUTH })
    ).json()) as DatasetDiffOut;
    const direct = (await (await fetch(`${base}/datasets/sdn/diff?from=1&to=2`)).json()) as DatasetDiffOut;
    expect(result).toEqual(direct);
    expect(result.counts.added).toBe(result.added.length);
    expect(result.changed.length).toBe(result.counts.changed);
    expect(result.counts.changed).toBeLessThan(result.counts.unchanged);
    for (const c of result.changed) {
      expect(c.properties.length).toBeGreaterThan(0);
      expect(c.properties).not.toContain('sourceRecord');
    }
    // Every listed entity is named: people and organisations by their name,
    // sanctions and links by the entities they refer to.
    const unnamed = [...result.added, ...result.removed, ...result.changed].filter((e) => e.caption === e.id);
    expect(unnamed).toEqual([]);
    expect(result.added.find((e) => e.schema === 'Sanction')!.caption).toMatch(/^Sanction on /);
  });

  it('keeps answering /healthz while the diff runs', async () => {
    const ping = (): Promise<number> => healthzMs(base);
    await ping(); // a warm connection, as a monitor has
    const t0 = performance.now();
    const started = (await (
      await fetch(`${base}/jobs/diff`, {
        method: 'POST',
        headers: JSON_AUTH,
        body: JSON.stringify({ dataset: 'sdn', from: 1, to: 2 }),
      })
    ).json()) as JobStatus;
    const during: number[] = [];
    let state = started.state;
    while (state === 'queued' || state === 'running') {
      during.push(await ping());
      state = ((await (await fetch(`${base}/jobs/${started.id}`, { headers: AUTH })).json()) as JobStatus)
        .state;
    }
    const diffMs = performance.now() - t0;
    expect(state).toBe('done');
    // A blocked event loop answers once or twice, the first answer waiting for
    // the whole diff. Here it answers throughout: within 100 ms on a quiet
    // machine; on a loaded one everything slows, the diff too, so the bound
    // also allows a quarter of the diff's own time.
    expect(during.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...during)).toBeLessThan(Math.max(100, diffMs / 4));
  });

  it('needs a key to start the job, as every job does', async () => {
    const r = await fetch(`${base}/jobs/diff`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dataset: 'sdn', from: 1, to: 2 }),
    });
    expect(r.status).toBe(401);
  });

  it('answers 404 for a version that does not exist, before starting a job', async () => {
    const r = await fetch(`${base}/jobs/diff`, {
      method: 'POST',
      headers: JSON_AUTH,
      body: JSON.stringify({ dataset: 'sdn', from: 1, to: 9 }),
    });
    expect(r.status).toBe(404);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('E_NOT_FOUND');
  });
});
