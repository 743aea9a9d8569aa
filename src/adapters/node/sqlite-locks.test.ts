// An import holds no write lock while it reads its list: other connections
// and processes write and read the database meanwhile, and imports running
// at once each publish in one short transaction, in turn.

import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../core/model/entity.js';
import { spawnCli } from '../cli/testing/spawn-cli.js';
import { buildServer } from '../server/app.js';
import { packagePath } from './package-root.js';
import { SqliteStore } from './sqlite-store.js';

const tempDbPath = () => join(mkdtempSync(join(tmpdir(), 'interdict-locks-')), 'store.db');
const person = (i: number): Entity => ({
  id: `p${i}`,
  schema: 'Person',
  properties: { name: [`Person ${i}`] },
});
const SDN = packagePath('data/lists/ofac-sdn-2021-07-demo');

describe('SQLite imports without long write locks', () => {
  it('lets another connection write and read the previous version while an import is streaming', async () => {
    const path = tempDbPath();
    const importer = new SqliteStore(path);
    const server = new SqliteStore(path);
    await importer.saveDataset('list', [person(1)], { contentHash: 'v1' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let midway!: () => void;
    const reachedMidway = new Promise<void>((r) => (midway = r));
    const saving = importer.saveDataset(
      'list',
      (async function* () {
        for (let i = 0; i < 5000; i++) {
          if (i === 2500) {
            midway();
            await gate;
          }
          yield person(i);
        }
      })(),
      { contentHash: 'v2' },
    );
    await reachedMidway;
    // Before, the import held the write lock here: this write waited 5 s and failed with "database is locked".
    const t0 = Date.now();
    const row = await server.appendAudit({
      at: new Date().toISOString(),
      keyId: 'k',
      action: 'match',
      dataset: 'list',
      datasetVersion: 1,
      query: {},
      results: [],
    });
    expect(row.id).toBe(1);
    expect(Date.now() - t0).toBeLessThan(4000);
    expect((await server.datasetInfo('list')).version).toBe(1);
    release();
    const info = await saving;
    expect(info).toMatchObject({ version: 2, counts: { Person: 5000 } });
    expect((await server.datasetInfo('list')).counts).toEqual({ Person: 5000 });
    await importer.close();
    await server.close();
  });

  it('stores nothing, and leaves no staging behind, when the stream fails', async () => {
    const store = new SqliteStore(tempDbPath());
    const failing = (async function* () {
      yield person(1);
      throw new Error('cut short');
    })();
    await expect(store.saveDataset('list', failing, { contentHash: 'x' })).rejects.toThrow('cut short');
    expect(await store.listDatasets()).toEqual([]);
    const dup = [person(1), person(1)];
    await expect(store.saveDataset('list', dup, { contentHash: 'y' })).rejects.toThrow(/occurs twice/);
    expect(await store.listDatasets()).toEqual([]);
    await store.saveDataset('list', [person(2)], { contentHash: 'z' });
    expect((await store.datasetInfo('list')).version).toBe(1);
    await store.close();
  });

  it('runs four CLI imports into one database at once: every one succeeds', async () => {
    const db = tempDbPath();
    const runs = ['a', 'b', 'c', 'd'].map((d) =>
      spawnCli(['import', 'ofac-csv', SDN, '--dataset', d, '--db', db]),
    );
    const results = await Promise.all(runs.map((r) => r.exited));
    for (const [i, r] of results.entries()) {
      expect(r.code, runs[i]!.stderr()).toBe(0);
      expect(runs[i]!.stderr()).not.toMatch(/locked|SqliteError/);
      expect(runs[i]!.stdout()).toMatch(/^stored [abcd]@1: /);
    }
    const store = new SqliteStore(db);
    const stored = await store.listDatasets();
    expect(stored.map((d) => d.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(stored.map((d) => JSON.stringify(d.counts))).size).toBe(1);
    await store.close();
  }, 120_000);
});

describe('an import that finds the database locked', () => {
  it('waits its turn, says so once, and publishes when the other writer is done', async () => {
    const db = tempDbPath();
    new SqliteStore(db).close();
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    const run = spawnCli(['import', 'ofac-csv', SDN, '--dataset', 'late', '--db', db]);
    try {
      for (let i = 0; i < 1200 && !/waiting/.test(run.stderr()); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(run.stderr()).toMatch(/another import is publishing to this database; waiting for it to finish/);
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
    const r = await run.exited;
    expect(r.code, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(/^stored late@1: /);
  }, 120_000);
});

describe('a live server while a CLI import runs on its database', () => {
  it('answers every /match (each writing an audit row) while another process imports a large list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdict-live-'));
    const db = join(dir, 'live.db');
    const list = join(dir, 'big.ftm.json');
    const lines: string[] = [];
    for (let i = 0; i < 60000; i++)
      lines.push(
        JSON.stringify({
          id: `e${i}`,
          schema: 'Person',
          properties: { name: [`Generated Person ${i}`], notes: ['x'.repeat(100)] },
        }),
      );
    writeFileSync(list, lines.join('\n') + '\n');
    const store = new SqliteStore(db);
    await store.saveDataset('sdn', [{ id: 'o1', schema: 'Organization', properties: { name: ['Hamas'] } }], {
      contentHash: 'v1',
    });
    const app = await buildServer(store, { rateLimit: 0 });
    try {
      const importing = spawnCli(['import', 'ftm', list, '--dataset', 'big', '--db', db]);
      let done = false;
      void importing.exited.then(() => (done = true));
      const statuses: number[] = [];
      while (!done) {
        const r = await app.inject({
          method: 'POST',
          url: '/match/sdn',
          payload: { queries: { q: { schema: 'Organization', properties: { name: ['Hamas'] } } } },
        });
        statuses.push(r.statusCode);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect((await importing.exited).code, importing.stderr()).toBe(0);
      expect(statuses.length).toBeGreaterThan(5);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect((await store.datasetInfo('big')).counts).toEqual({ Person: 60000 });
    } finally {
      await app.close();
      await store.close();
    }
  }, 180_000);
});
