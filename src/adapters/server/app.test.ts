// API tests: fastify.inject for most endpoints, and a real listen on
// 127.0.0.1 for server-sent events and the audit log across a restart.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../core/model/entity.js';
import { parseScenario } from '../../core/ingest/scenario.js';
import { writeScenarioJson } from '../../core/ingest/scenario-write.js';
import { packagePath } from '../node/package-root.js';
import type { ServerConfig } from './config.js';
import { AUTH, serverPerTest, TEST_KEY as KEY, testStore } from './testing/test-server.js';
const LIST: Entity[] = [
  {
    id: 'p1',
    schema: 'Person',
    properties: { name: ['Ali Khamenei'], country: ['ir'], birthDate: ['1939-04-19'] },
  },
  {
    id: 'o1',
    schema: 'Organization',
    properties: { name: ['Hamas'], alias: ['Harakat al-Muqawama al-Islamiya'] },
  },
  {
    id: 'o2',
    schema: 'Organization',
    properties: { name: ['Hizballah'], alias: ['Hezbollah'], country: ['lb'] },
  },
  { id: 'own1', schema: 'Ownership', properties: { owner: ['o2'], asset: ['o1'] } },
];

const start = serverPerTest();

async function server(config: Partial<ServerConfig> = {}, path = ':memory:') {
  const store = await testStore({ demo: true, path });
  if (!(await store.listDatasets()).some((d) => d.name === 'sdn')) {
    await store.saveDataset('sdn', LIST, { contentHash: 'v1' });
    await store.saveDataset(
      'sdn',
      LIST.slice(0, 3).concat({ id: 'p2', schema: 'Person', properties: { name: ['Ismail Haniyeh'] } }),
      {
        contentHash: 'v2',
      },
    );
  }
  return { app: await start(store, config), store };
}

describe('networks and analysis', () => {
  it('answers health and readiness, and names every request itself', async () => {
    const { app } = await server();
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const r = await app.inject({ url: '/readyz', headers: { 'x-request-id': 'abc-123' } });
    expect(r.json()).toEqual({ status: 'ready' });
    expect(r.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an upload without a key and stores one with a key, as YAML or JSON', async () => {
    const { app } = await server();
    const yaml = readFileSync(packagePath('data/scenarios/article.yaml'), 'utf8');
    const denied = await app.inject({
      method: 'POST',
      url: '/networks',
      payload: yaml,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(denied.statusCode).toBe(401);
    expect(denied.json().error.code).toBe('E_AUTH');
    const ok = await app.inject({
      method: 'POST',
      url: '/networks',
      payload: yaml,
      headers: { ...AUTH, 'content-type': 'application/yaml' },
    });
    // The same content as the stored version: nothing new is stored.
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'article', version: 1, unchanged: true });
    const doc = JSON.parse(writeScenarioJson(parseScenario(yaml))) as {
      name: string;
      channels: { id: string }[];
    };
    doc.name = 'Renamed';
    doc.channels = doc.channels.filter((c) => c.id !== 'directive');
    const json = await app.inject({ method: 'POST', url: '/networks', payload: doc, headers: AUTH });
    expect(json.statusCode).toBe(201);
    expect(json.json()).toMatchObject({ name: 'article', version: 2, notes: { uploadedBy: 'tester' } });
    const versions = (await app.inject('/networks/article/versions')).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const diff = (await app.inject('/networks/article/diff?from=1&to=2')).json();
    expect(diff.channels.removed).toEqual(['directive']);
  });

  it('stores FtM lines, a CSV edge list and DIMACS sent as text with ?format= and ?name=', async () => {
    const { app } = await server();
    const headers = { ...AUTH, 'content-type': 'text/plain' };
    const ftm = [
      { id: 'a', schema: 'Organization', properties: { name: ['Alpha'] } },
      { id: 'b', schema: 'Person', properties: { name: ['Beta'], topics: ['sanction'] } },
      { id: 'm1', schema: 'Membership', properties: { member: ['b'], organization: ['a'] } },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n');
    const stored = await app.inject({
      method: 'POST',
      url: '/networks?format=ftm&name=ftm-upload',
      payload: ftm,
      headers,
    });
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({ name: 'ftm-upload', version: 1, format: 'ftm' });
    const got = (await app.inject('/networks/ftm-upload')).json();
    expect(got.network.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['a', 'b']);
    expect(got.network.channels).toHaveLength(1);
    const csv = await app.inject({
      method: 'POST',
      url: '/networks?format=csv&name=edges',
      payload: 'from,to,capacity\ns,a,4\na,t,3\n',
      headers,
    });
    expect(csv.statusCode).toBe(201);
    const dimacs = await app.inject({
      method: 'POST',
      url: '/networks?format=dimacs&name=tiny',
      payload: 'p max 2 1\nn 1 s\nn 2 t\na 1 2 5\n',
      headers,
    });
    expect(dimacs.statusCode).toBe(201);
    const flow = (await app.inject({ method: 'POST', url: '/networks/tiny/flow', payload: {} })).json();
    expect(flow.value).toBe(5);
    // Without a name, or with a bad line, the answer says what to fix.
    const unnamed = await app.inject({ method: 'POST', url: '/networks?format=csv', payload: 'a', headers });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.hint).toContain('?name=');
    const bad = await app.inject({
      method: 'POST',
      url: '/networks?format=ftm&name=bad',
      payload: `${ftm}\n{not json`,
      headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/\b4\b/);
  });

  it('rejects a bad scenario with 400 and the path of the bad field', async () => {
    const { app } = await server();
    const r = await app.inject({
      method: 'POST',
      url: '/networks',
      payload: { interdict: 1, id: 'x', name: 'x', nodes: [{ id: 'a' }], channels: [] },
      headers: AUTH,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.path).toMatch(/^nodes\[0\]/);
  });

  it('computes the flow, and the flow with measures applied', async () => {
    const { app } = await server();
    const base = (await app.inject({ method: 'POST', url: '/networks/article/flow' })).json();
    expect(base).toMatchObject({ value: 80, baseline: 80, applied: [] });
    expect(base.cut.edges.map((e: { channel: string }) => e.channel)).toEqual(['quds-to-unit-190']);
    expect(Object.keys(base.channelFlow).length).toBeGreaterThan(3);
    const cut = (
      await app.inject({
        method: 'POST',
        url: '/networks/article/flow',
        payload: { actions: ['designate-unit-190'] },
      })
    ).json();
    expect(cut).toMatchObject({ value: 0, baseline: 80, cost: 4, applied: ['designate-unit-190'] });
    const pressured = (
      await app.inject({
        method: 'POST',
        url: '/networks/article/flow',
        payload: { actions: ['pressure-cairo'] },
      })
    ).json();
    const hamas = pressured.perRecipient.find((r: { recipient: string }) => r.recipient === 'hamas');
    expect(hamas.value).toBeLessThan(65);
  });

  it('answers the cut, weak links, a plan, the frontier and the rebuild', async () => {
    const { app } = await server();
    const cut = (await app.inject({ method: 'POST', url: '/networks/article/cut', payload: {} })).json();
    expect(cut.chokepointActors).toEqual(expect.arrayContaining(['quds-force']));
    const weak = (
      await app.inject({ method: 'POST', url: '/networks/article/weak-links', payload: {} })
    ).json();
    expect(weak.weakLinks[0]).toMatchObject({ kind: expect.any(String), score: expect.any(Number) });
    const plan = (
      await app.inject({ method: 'POST', url: '/networks/article/plan', payload: { budget: 5 } })
    ).json();
    expect(plan.cost).toBeLessThanOrEqual(5);
    expect(plan.residualFlow).toBeLessThan(80);
    const frontier = (await app.inject({ method: 'POST', url: '/networks/article/frontier' })).json();
    expect(frontier.points[0]).toMatchObject({ budget: 0, residualFlow: 80 });
    const rebuild = (
      await app.inject({
        method: 'POST',
        url: '/networks/article/rebuild',
        payload: { actions: ['designate-aid-fronts'], budget: 3 },
      })
    ).json();
    expect(rebuild.residualAfter).toBeGreaterThanOrEqual(rebuild.residualBefore);
    expect(
      (await app.inject({ method: 'POST', url: '/networks/nope/frontier', payload: {} })).statusCode,
    ).toBe(404);
  });

  it('reports validation errors as 400 with the field path, and unknown actions with the fix', async () => {
    const { app } = await server();
    const bad = await app.inject({
      method: 'POST',
      url: '/networks/article/flow',
      payload: { actions: [3], extra: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'E_SCHEMA', path: expect.stringMatching(/^body\./) });
    const unknown = await app.inject({
      method: 'POST',
      url: '/networks/article/flow',
      payload: { actions: ['nuke'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.hint).toContain('designate-unit-190');
    expect((await app.inject('/networks/nope')).statusCode).toBe(404);
  });

  it('publishes an OpenAPI 3 document naming every endpoint', async () => {
    const { app } = await server();
    const doc = (await app.inject('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of [
      '/networks',
      '/networks/{id}/flow',
      '/match/{dataset}',
      '/search/{dataset}',
      '/entities/{id}',
      '/jobs/screen',
      '/datasets/{id}/diff',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect((await app.inject('/docs')).statusCode).toBeLessThan(400);
  });
});

describe('screening', () => {
  const query = {
    queries: {
      q1: { schema: 'Person', properties: { name: ['Ali Khamenei'] } },
      q2: { schema: 'Organization', properties: { name: 'Hezbollah' } },
    },
  };

  it('answers yente-shaped match responses and honours limit, threshold and algorithm', async () => {
    const { app } = await server();
    const r = await app.inject({
      method: 'POST',
      url: '/match/sdn?limit=1&threshold=0.8&algorithm=best',
      payload: query,
    });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.limit).toBe(1);
    const top = body.responses.q1.results[0];
    expect(top).toMatchObject({
      id: 'p1',
      caption: 'Ali Khamenei',
      schema: 'Person',
      datasets: ['sdn'],
      match: true,
    });
    expect(top.properties.birthDate).toEqual(['1939-04-19']);
    expect(top.explanations[0]).toMatchObject({ feature: expect.any(String), query: expect.any(String) });
    expect(body.responses.q2).toMatchObject({ status: 200, total: { value: 1, relation: 'eq' } });
    expect(body.responses.q2.results[0].id).toBe('o2');
    const bad = await app.inject({ method: 'POST', url: '/match/sdn?algorithm=magic', payload: query });
    expect(bad.statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/match/nolist', payload: query })).statusCode).toBe(404);
  });

  it('writes every decision to the audit log, readable with a key', async () => {
    const { app } = await server();
    await app.inject({ method: 'POST', url: '/match/sdn', payload: query, headers: AUTH });
    expect((await app.inject('/audit')).statusCode).toBe(401);
    const audit = (await app.inject({ url: '/audit', headers: AUTH })).json();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ keyId: 'tester', action: 'match', dataset: 'sdn', datasetVersion: 2 });
  });

  it('searches by name and returns an entity with the entities it refers to', async () => {
    const { store } = await server();
    await store.saveDataset('sdn', LIST, { contentHash: 'v3' });
    // A second server on the same store, with no keys.
    const app = await start(store, { keys: new Map() });
    const s = (await app.inject('/search/default?q=hamas')).json();
    expect(s.results[0]).toMatchObject({ id: 'o1', caption: 'Hamas' });
    const e = (await app.inject('/entities/own1')).json();
    expect(e.properties.owner[0]).toMatchObject({ id: 'o2', caption: 'Hizballah' });
    expect(e.properties.asset[0]).toMatchObject({ id: 'o1', caption: 'Hamas' });
    expect((await app.inject('/entities/zzz')).statusCode).toBe(404);
  });

  it('lists datasets, their versions and what changed', async () => {
    const { app } = await server();
    const datasets = (await app.inject('/datasets')).json() as { name: string }[];
    expect(datasets.find((d) => d.name === 'sdn')).toMatchObject({ name: 'sdn', version: 2 });
    expect(datasets.map((d) => d.name)).toContain('demo-us-ofac-sdn');
    expect((await app.inject('/datasets/sdn/versions')).json()).toHaveLength(2);
    const diff = (await app.inject('/datasets/sdn/diff?from=1&to=2')).json();
    expect(diff).toMatchObject({
      added: [{ id: 'p2', schema: 'Person', caption: 'Ismail Haniyeh' }],
      removed: [{ id: 'own1', schema: 'Ownership', caption: 'Hizballah → Hamas' }],
      changed: [],
      counts: { added: 1, removed: 1, changed: 0, unchanged: 3 },
    });
  });
});

describe('limits and keys', () => {
  it('needs a key for reads when reads are keyed', async () => {
    const { app } = await server({ reads: 'keyed' });
    expect((await app.inject('/networks')).statusCode).toBe(401);
    expect((await app.inject({ url: '/networks', headers: { 'x-api-key': KEY } })).statusCode).toBe(200);
    expect(
      (await app.inject({ url: '/networks', headers: { authorization: 'Bearer wrong-key-wrong-key' } }))
        .statusCode,
    ).toBe(401);
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  });

  it('limits the body size and the request rate', async () => {
    const { app } = await server({ bodyLimit: 1000, rateLimit: 3 });
    const big = await app.inject({
      method: 'POST',
      url: '/match/sdn',
      payload: { queries: { q: { properties: { name: ['x'.repeat(2000)] } } } },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('E_LIMIT');
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await app.inject('/networks')).statusCode);
    expect(codes.at(-1)).toBe(429);
  });
});

describe('jobs and the real server', () => {
  it('runs a CSV batch as a job, streams progress as server-sent events, and keeps the audit log across a restart', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'interdict-server-')), 'audit.db');
    const first = await server({ logger: { level: 'error' } }, db);
    const base = await first.app.listen({ host: '127.0.0.1', port: 0 });
    const csv = [
      'name,country',
      ...Array.from({ length: 60 }, (_, i) => (i % 2 ? `Hezbollah,lb` : `Person ${i}`)),
    ].join('\n');
    const started = await fetch(`${base}/jobs/screen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AUTH },
      body: JSON.stringify({ dataset: 'sdn', csv }),
    });
    expect(started.status, await started.clone().text()).toBe(202);
    const job = (await started.json()) as { id: string };
    const events = await (await fetch(`${base}/jobs/${job.id}/events`, { headers: AUTH })).text();
    expect(events).toContain('event: state');
    expect(events).toMatch(/"state":"done"/);
    const result = (await (await fetch(`${base}/jobs/${job.id}/result`, { headers: AUTH })).json()) as {
      rows: unknown[];
      matched: number;
    };
    expect(result.rows).toHaveLength(60);
    expect(result.matched).toBe(30);
    await start.closeAll();
    const second = await server({}, db);
    const audit = (await second.app.inject({ url: '/audit?limit=1000', headers: AUTH })).json();
    expect(audit.filter((r: { action: string }) => r.action === 'batch')).toHaveLength(60);
  });

  it('cancels a running job', async () => {
    const { app } = await server();
    const csv = ['name', ...Array.from({ length: 3000 }, (_, i) => `Somebody Number ${i}`)].join('\n');
    const job = (
      await app.inject({
        method: 'POST',
        url: '/jobs/screen',
        headers: AUTH,
        payload: { dataset: 'sdn', csv },
      })
    ).json();
    const cancelled = await app.inject({ method: 'DELETE', url: `/jobs/${job.id}`, headers: AUTH });
    expect(cancelled.json().state).toBe('cancelled');
    expect((await app.inject({ url: `/jobs/${job.id}/result`, headers: AUTH })).statusCode).toBe(409);
    const bad = await app.inject({
      method: 'POST',
      url: '/jobs/screen',
      headers: AUTH,
      payload: { dataset: 'sdn', csv: 'who\nx' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
