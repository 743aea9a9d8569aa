// The networks-from-data endpoints over the shipped real list extracts
// (data/lists): build, association, link, merge and timeline.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemo } from '../../cli/commands/serve.js';
import { importList } from '../../node/import-list.js';
import { packagePath } from '../../node/package-root.js';
import { SqliteStore } from '../../node/sqlite-store.js';
import { buildServer } from '../app.js';

const KEY = 'test-key-network-build-0123';
const AUTH = { authorization: `ApiKey ${KEY}` };
const SEEDS = ['HIZBALLAH', 'HAMAS', 'IRGC-QF'];

let app: FastifyInstance;
let store: SqliteStore;
beforeAll(async () => {
  store = new SqliteStore(':memory:');
  await ensureDemo(store);
  await importList(store, {
    format: 'ofac-csv',
    path: packagePath('data/lists/ofac-sdn-2019-01-demo'),
    dataset: 'sdn-2019',
  });
  app = await buildServer(store, { keys: new Map([[KEY, 'tester']]) });
}, 120_000);
afterAll(async () => {
  await app.close();
  await store.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = AUTH) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('POST /networks/build', () => {
  it('builds and stores the designated network; GET /networks/{id} returns it like any network', async () => {
    const r = await post('/networks/build', {
      name: 'axis',
      datasets: ['demo-us-ofac-sdn'],
      around: SEEDS,
      hops: 1,
      linkKinds: ['stated'],
    });
    expect(r.statusCode).toBe(201);
    const body = r.json();
    expect(body.info).toMatchObject({ name: 'axis', version: 1, format: 'built' });
    expect(body.report.linkKinds).not.toContain('shared-address');
    expect(body.report.capacities).toBe('unit');
    const got = (await app.inject({ method: 'GET', url: '/networks/axis' })).json();
    expect(got.network.nodes.length).toBe(body.report.counts.nodes);
    expect(got.network.channels.every((c: { capacity: number }) => c.capacity === 1)).toBe(true);
  });

  it('needs an API key, and names the bad field or the unknown seed', async () => {
    const open = await post(
      '/networks/build',
      { name: 'x', datasets: ['demo-us-ofac-sdn'], around: SEEDS },
      {},
    );
    expect(open.statusCode).toBe(401);
    const bad = await post('/networks/build', {
      name: 'x',
      datasets: ['demo-us-ofac-sdn'],
      around: SEEDS,
      hops: 99,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.path).toBe('body.hops');
    const missing = await post('/networks/build', {
      name: 'x',
      datasets: ['demo-us-ofac-sdn'],
      around: ['NO SUCH PARTY'],
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/no entity with id or name "NO SUCH PARTY"/);
  });
});

describe('POST /networks/{id}/association', () => {
  it('reports the separator between the IRGC-QF and HAMAS sides with unit capacities', async () => {
    await post('/networks/build', { name: 'axis2', datasets: ['demo-us-ofac-sdn'], around: SEEDS });
    const r = await post('/networks/axis2/association', { between: [['IRGC-QF'], ['HAMAS']], top: 5 }, {});
    expect(r.statusCode).toBe(200);
    const a = r.json();
    expect(a.capacities).toBe('unit');
    expect(a.separator.actors).toEqual([expect.objectContaining({ id: 'ofac-27255', designated: true })]);
    expect(a.betweenness).toHaveLength(5);
  });
});

describe('POST /networks/{id}/link and /merge', () => {
  it('accepts a screening result into an actor, then merges a built network by list id', async () => {
    const linked = await post('/networks/article/link', {
      node: 'hamas',
      entity: 'ofac-4695',
      dataset: 'demo-us-ofac-sdn',
      note: 'accepted screening result',
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ changed: true, node: { listed: ['ofac-4695'], designated: true } });
    await post('/networks/build', {
      name: 'hamas-net',
      datasets: ['demo-us-ofac-sdn'],
      around: ['HAMAS'],
      hops: 1,
    });
    const merged = await post('/networks/article/merge', { built: 'hamas-net', as: 'article-hamas' });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().report.unified).toEqual([{ actor: 'hamas', listed: ['ofac-4695'] }]);
    expect(merged.json().info.name).toBe('article-hamas');
    const unknown = await post('/networks/article/link', {
      node: 'hamas',
      entity: 'ofac-0',
      dataset: 'demo-us-ofac-sdn',
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('POST /networks/timeline', () => {
  it('lists what the 2021 records added to the 2019 network, with provenance', async () => {
    const r = await post(
      '/networks/timeline',
      { before: ['sdn-2019'], after: ['demo-us-ofac-sdn'], around: SEEDS, hops: 1 },
      {},
    );
    expect(r.statusCode).toBe(200);
    const t = r.json().timeline;
    const markazi = t.added.find((x: { id: string }) => x.id === 'ofac-4632');
    expect(markazi.links[0].sources[0]).toMatchObject({ dataset: 'demo-us-ofac-sdn' });
    expect(t.counts.addedLinkedToExisting).toBeGreaterThan(10);
  });
});
