// Plans and frontiers as jobs on a listening server: the work runs in a
// worker thread, progress arrives per frontier point over server-sent events,
// the result equals the direct endpoint's, and /healthz keeps answering.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrontierResponse, JobStatus } from '../../contract/index.js';
import { parseEdgeList } from '../../core/ingest/edge-list.js';
import { ensureDemo } from '../cli/commands/serve.js';
import { planNetwork } from '../../service/planning.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { buildServer } from './app.js';
import { healthzMs, jobEvents, listenLocally } from './testing/test-server.js';

const KEY = 'test-key-plan-job-0123456';
const AUTH = { authorization: `ApiKey ${KEY}` };
const JSON_AUTH = { ...AUTH, 'content-type': 'application/json' };

/** A layered network of costed channels (seeded), whose frontier takes a while to compute. */
function layered(layers: number, width: number): string[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const int = (lo: number, span: number) => lo + Math.floor(rnd() * span);
  const lines = ['from,to,capacity,cost'];
  for (let w = 0; w < width; w++) lines.push(`s,n0_${w},${int(5, 10)},${int(1, 3)}`);
  for (let l = 0; l + 1 < layers; l++)
    for (let a = 0; a < width; a++)
      for (let b = 0; b < width; b++)
        if (rnd() < 0.5) lines.push(`n${l}_${a},n${l + 1}_${b},${int(1, 8)},${int(1, 3)}`);
  for (let w = 0; w < width; w++) lines.push(`n${layers - 1}_${w},t,${int(5, 10)},${int(1, 3)}`);
  return lines;
}

let store: SqliteStore;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  await ensureDemo(store);
  const net = await parseEdgeList(layered(7, 10), { file: 'layered.csv', id: 'layered' });
  await store.saveNetwork(net, { contentHash: 'layered-v1', format: 'csv' });
  app = await buildServer(store, { logger: false, keys: new Map([[KEY, 'analyst']]) });
  base = await listenLocally(app);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
});

async function start(body: object): Promise<Response> {
  return fetch(`${base}/jobs/plan`, { method: 'POST', headers: JSON_AUTH, body: JSON.stringify(body) });
}

const events = (id: string) => jobEvents(base, id, AUTH);

const result = async (id: string) => (await fetch(`${base}/jobs/${id}/result`, { headers: AUTH })).json();

describe('POST /jobs/plan', () => {
  it('computes the frontier in a worker with progress per point, equal to the direct answer', async () => {
    const started = await start({ network: 'article', kind: 'frontier' });
    expect(started.status).toBe(202);
    const job = (await started.json()) as JobStatus;
    expect(job.kind).toBe('frontier');
    const seen = await events(job.id);
    expect(seen.at(-1)!.job.state).toBe('done');
    const got = (await result(job.id)) as FrontierResponse;
    const direct = (await (
      await fetch(`${base}/networks/article/frontier`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as FrontierResponse;
    expect(got).toEqual(direct);
    const progress = seen.filter((e) => e.type === 'progress').map((e) => e.job.progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ done: direct.points.length, total: direct.points.length });
  });

  it('runs a plan and a rebuild as jobs, with the answers of the direct endpoints', async () => {
    for (const [kind, body, url] of [
      ['plan', { budget: 5 }, '/networks/article/plan'],
      ['rebuild', { actions: ['designate-unit-190'], budget: 3 }, '/networks/article/rebuild'],
    ] as const) {
      const job = (await (await start({ network: 'article', kind, ...body })).json()) as JobStatus;
      expect((await events(job.id)).at(-1)!.job.state).toBe('done');
      const direct = await (
        await fetch(`${base}${url}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json();
      const got = (await result(job.id)) as Record<string, unknown>;
      // Plans carry their solve time; everything else is the same.
      const strip = (x: Record<string, unknown>) => ({ ...x, elapsedMs: 0, timeMs: 0 });
      expect(strip(got)).toEqual(strip(direct as Record<string, unknown>));
    }
  });

  it('plans against weighted pairs, directly and as a job, as the planning service does', async () => {
    const pairs = [
      { from: ['iran'], to: ['hezbollah'], weight: 3 },
      { from: ['iran'], to: ['hamas'], weight: 1 },
    ];
    const direct = async (path: string, body: object) =>
      (
        await fetch(`${base}/networks/article/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json();
    const plan = (await direct('plan', { budget: 5, pairs })) as { pairs: unknown; residualFlow: unknown };
    expect(plan.pairs).toEqual(pairs);
    const want = await planNetwork((await store.getNetwork('article')).network, { budget: 5, pairs });
    expect(plan.residualFlow).toBe(want.residualFlow);
    // The weights count: the same pairs weighted the other way give another frontier.
    const weighted = (await direct('frontier', { pairs })) as FrontierResponse;
    const other = (await direct('frontier', {
      pairs: pairs.map((p) => ({ ...p, weight: 4 - p.weight })),
    })) as FrontierResponse;
    expect(weighted.points.map((p) => p.residualFlow)).not.toEqual(other.points.map((p) => p.residualFlow));
    expect(weighted.points[0]!.residualFlow).toBe(want.baseFlow);
    const job = (await (await start({ network: 'article', kind: 'frontier', pairs })).json()) as JobStatus;
    expect((await events(job.id)).at(-1)!.job.state).toBe('done');
    expect(await result(job.id)).toEqual(weighted);
    const bad = await fetch(`${base}/networks/article/frontier`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pairs: [{ from: ['iran'], to: ['nowhere'] }] }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/nowhere/);
  });

  it('keeps answering /healthz while a long frontier runs', async () => {
    const ping = (): Promise<number> => healthzMs(base);
    await ping();
    const t0 = performance.now();
    const job = (await (await start({ network: 'layered', kind: 'frontier' })).json()) as JobStatus;
    const during: number[] = [];
    let state = job.state;
    while (state === 'queued' || state === 'running') {
      during.push(await ping());
      await new Promise((r) => setTimeout(r, 20));
      state = ((await (await fetch(`${base}/jobs/${job.id}`, { headers: AUTH })).json()) as JobStatus).state;
    }
    const jobMs = performance.now() - t0;
    expect(state).toBe('done');
    expect(((await result(job.id)) as FrontierResponse).points.length).toBeGreaterThan(5);
    // On a request thread the first ping would wait for the whole frontier.
    // Here it answers throughout: within 100 ms on a quiet machine; a loaded
    // one slows everything, so the bound also allows a quarter of the job's time.
    expect(during.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...during)).toBeLessThan(Math.max(100, jobMs / 4));
  });

  it("reports the planner's error as a failed job, naming what was wrong", async () => {
    const job = (await (
      await start({ network: 'layered', kind: 'plan', budget: 2, from: ['nobody'] })
    ).json()) as JobStatus;
    const last = (await events(job.id)).at(-1)!.job;
    expect(last.state).toBe('failed');
    expect(last.error).toContain('nobody');
  });

  it('answers 404 for an unknown network and 401 without a key, before starting a job', async () => {
    expect((await start({ network: 'nope', kind: 'frontier' })).status).toBe(404);
    const anonymous = await fetch(`${base}/jobs/plan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ network: 'article', kind: 'frontier' }),
    });
    expect(anonymous.status).toBe(401);
  });
});
