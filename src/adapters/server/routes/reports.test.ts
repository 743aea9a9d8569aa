import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ensureDemo } from '../../cli/commands/serve.js';
import { findChromium, pdfPageCount } from '../../node/pdf.js';
import { SqliteStore } from '../../node/sqlite-store.js';
import { buildServer } from '../app.js';

const KEY = 'report-key-0123456789abcdef';
const AUTH = { authorization: `ApiKey ${KEY}` };

let open: { app: FastifyInstance; store: SqliteStore }[] = [];
afterEach(async () => {
  for (const { app, store } of open) {
    await app.close();
    await store.close();
  }
  open = [];
});

async function server() {
  const store = new SqliteStore(':memory:');
  await ensureDemo(store);
  await store.saveDataset(
    'sdn',
    [{ id: 'o2', schema: 'Organization', properties: { name: ['Hizballah'], alias: ['Hezbollah'] } }],
    { contentHash: 'a'.repeat(64) },
  );
  const app = await buildServer(store, { keys: new Map([[KEY, 'tester']]) });
  open.push({ app, store });
  return app;
}

describe('GET /networks/{id}/report', () => {
  it('returns the stored network’s report as standalone HTML with its version, hash and lists', async () => {
    const app = await server();
    const r = await app.inject('/networks/article/report?budget=4');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.body).not.toMatch(/<script/i);
    expect(r.body).toContain('article version 1');
    expect(r.body).toMatch(/sha256:[0-9a-f]{64}/);
    expect(r.body).toContain('sdn@1');
    expect(r.body).toContain('data-label="hezbollah"');
    expect(r.body).toContain('the best plan for a budget of 4');
  });

  it('answers 404 for a network that is not stored', async () => {
    const app = await server();
    expect((await app.inject('/networks/nowhere/report')).statusCode).toBe(404);
  });

  it.skipIf(!findChromium(process.env))(
    'prints the report to PDF',
    async () => {
      const app = await server();
      const r = await app.inject('/networks/article/report?format=pdf');
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(pdfPageCount(r.rawPayload)).toBeGreaterThan(5);
    },
    120_000,
  );
});

describe('GET /audit/report', () => {
  it('files the decisions of the audit log as a dossier and exports the same trail as CSV and JSON', async () => {
    const app = await server();
    const m = await app.inject({
      method: 'POST',
      url: '/match/sdn',
      headers: AUTH,
      payload: { queries: { q1: { schema: 'Organization', properties: { name: ['Hizbullah'] } } } },
    });
    expect(m.statusCode).toBe(200);
    expect((await app.inject('/audit/report')).statusCode).toBe(401);
    const html = await app.inject({ url: '/audit/report', headers: AUTH });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('name: Hizbullah');
    expect(html.body).toMatch(/Why Hizballah scores/);
    expect(html.body).toContain(`sha256:${'a'.repeat(64)}`);
    const json = await app.inject({ url: '/audit/report?format=json', headers: AUTH });
    const trail = JSON.parse(json.body) as { records: { id: number; keyId: string }[] };
    expect(trail.records).toHaveLength(1);
    expect(trail.records[0]!.keyId).toBe('tester');
    const csv = await app.inject({ url: '/audit/report?format=csv', headers: AUTH });
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = csv.body.trim().split('\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.startsWith(`${trail.records[0]!.id},`)).toBe(true);
  });
});
