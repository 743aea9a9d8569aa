import { describe, expect, it } from 'vitest';
import { findChromium, pdfPageCount } from '../../node/pdf.js';
import { AUTH, serverPerTest, testStore } from '../testing/test-server.js';

const start = serverPerTest();

async function server() {
  const store = await testStore({ demo: true });
  await store.saveDataset(
    'sdn',
    [{ id: 'o2', schema: 'Organization', properties: { name: ['Hizballah'], alias: ['Hezbollah'] } }],
    { contentHash: 'a'.repeat(64) },
  );
  return start(store);
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
