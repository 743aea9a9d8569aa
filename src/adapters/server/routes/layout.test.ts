import { describe, expect, it } from 'vitest';
import { associationNetwork } from '../../../service/testing/association-network.js';
import { serverPerTest, testStore } from '../testing/test-server.js';

const start = serverPerTest({ keys: new Map() });

async function server() {
  const store = await testStore({ demo: true });
  return { app: await start(store), store };
}

describe('GET /networks/{id}/layout', () => {
  it('returns a layered layout of the demo with every actor, sponsors left of recipients, and an ETag', async () => {
    const { app } = await server();
    const network = (await app.inject('/networks/article')).json() as {
      network: { nodes: { id: string; role: string }[] };
    };
    const r = await app.inject('/networks/article/layout');
    expect(r.statusCode).toBe(200);
    const layout = r.json() as { algorithm: string; nodes: string[]; x: number[]; version: number };
    expect(layout.algorithm).toBe('layered');
    expect(layout.version).toBe(1);
    expect([...layout.nodes].sort()).toEqual(network.network.nodes.map((n) => n.id).sort());
    const x = (role: string) =>
      network.network.nodes.filter((n) => n.role === role).map((n) => layout.x[layout.nodes.indexOf(n.id)]!);
    expect(Math.max(...x('sponsor'))).toBeLessThan(Math.min(...x('recipient')));
    const etag = r.headers.etag as string;
    expect(etag).toMatch(/^"\d+-auto-/);
    const again = await app.inject({ url: '/networks/article/layout', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    const force = (await app.inject('/networks/article/layout?algorithm=force')).json() as {
      algorithm: string;
    };
    expect(force.algorithm).toBe('force');
  });

  it('lays out a large network without roles in a worker thread, by force', async () => {
    const { app, store } = await server();
    await store.saveNetwork(associationNetwork(4000), { contentHash: 'assoc-4000', format: 'ftm' });
    const r = await app.inject('/networks/association-4000/layout');
    expect(r.statusCode).toBe(200);
    const layout = r.json() as { algorithm: string; nodes: string[]; communities: unknown[] };
    expect(layout.algorithm).toBe('force');
    expect(layout.nodes).toHaveLength(4000);
    expect(layout.communities.length).toBeGreaterThan(10);
  });

  it('answers 404 naming the stored networks for an unknown one, 400 for a bad algorithm', async () => {
    const { app } = await server();
    const r = await app.inject('/networks/nope/layout');
    expect(r.statusCode).toBe(404);
    expect(r.json().error.message).toContain('nope');
    expect((await app.inject('/networks/article/layout?algorithm=circle')).statusCode).toBe(400);
  });
});
