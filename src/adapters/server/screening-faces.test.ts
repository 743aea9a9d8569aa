// One screening service behind every face: the CLI and the HTTP API return
// the same candidates for one query, and a server stays responsive while it
// screens (health answers between queries; a huge name is refused at once).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { runCli } from '../cli/testing/run-cli.js';
import { fixture } from '../../testing/fixtures.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { buildServer } from './app.js';

let db: string;
let store: SqliteStore;
let app: FastifyInstance;

beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'interdict-faces-')), 'faces.db');
  for (const [file, dataset] of [
    ['opensanctions/zala.ftm.json', 'zala'],
    ['opensanctions/parteispenden.ftm.json', 'parteispenden'],
  ] as const)
    expect((await runCli(['import', 'ftm', fixture(file), '--dataset', dataset, '--db', db])).code).toBe(0);
  store = new SqliteStore(db);
  app = await buildServer(store, { rateLimit: 0 });
}, 120_000);

afterAll(async () => {
  await app.close();
  await store.close();
});

const QUERIES: { name: string; schema?: string; country?: string }[] = [
  { name: 'Aleksandr Zakharov', schema: 'Person' },
  { name: 'Zakharova Mariya', country: 'Russia' },
  { name: 'ИЖТЕЛЕКОМ' },
  { name: 'Lina Dachner' },
  { name: 'Verband Metall Elektroindustrie', schema: 'Organization' },
];

describe('the CLI and the API', () => {
  it('return the same candidates, scores and datasets for one query', async () => {
    for (const q of QUERIES) {
      const args = ['screen', q.name, '--db', db, '--json', '--limit', '5'];
      if (q.schema) args.push('--schema', q.schema);
      if (q.country) args.push('--country', q.country);
      const cli = JSON.parse((await runCli(args)).stdout) as {
        results: { id: string; score: number; datasets: string[] }[];
      };
      const properties: Record<string, string[]> = { name: [q.name] };
      if (q.country) properties.country = [q.country];
      const api = (
        await app.inject({
          method: 'POST',
          url: '/match/default?limit=5',
          payload: { queries: { q: { schema: q.schema ?? 'Thing', properties } } },
        })
      ).json().responses.q.results as { id: string; score: number; datasets: string[] }[];
      expect(cli.results.length, q.name).toBeGreaterThan(0);
      expect(
        api.map((r) => [r.id, r.score, r.datasets]),
        q.name,
      ).toEqual(cli.results.map((r) => [r.id, r.score, r.datasets]));
    }
  });
});

describe('a server under screening load', () => {
  it('refuses a 1 MB name with 400 at once', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/match/default',
      payload: { queries: { q: { schema: 'Person', properties: { name: ['Ali '.repeat(262_144)] } } } },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.path).toBe('body.queries.q.properties.name');
  });

  it('answers /healthz while a large batch is being screened', async () => {
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const queries = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [
        `q${i}`,
        { schema: 'Thing', properties: { name: [`${QUERIES[i % 5]!.name} ${i}`] } },
      ]),
    );
    const started = performance.now();
    let batchDone = 0;
    const batch = fetch(`${base}/match/default?limit=10`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queries }),
    }).then(async (r) => {
      batchDone = performance.now();
      return r.status;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const t0 = performance.now();
    const health = await fetch(`${base}/healthz`);
    const healthMs = performance.now() - t0;
    const healthAt = performance.now();
    expect(health.status).toBe(200);
    expect(await batch).toBe(200);
    // Health was answered while the batch still ran, in a small part of its time.
    expect(healthAt).toBeLessThan(batchDone);
    expect(healthMs).toBeLessThan((batchDone - started) / 2);
  });
});
