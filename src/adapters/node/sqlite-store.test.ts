import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeContract } from '../../core/store/store-contract.js';
import { SqliteStore } from './sqlite-store.js';

storeContract('SQLite (in memory)', async () => new SqliteStore(':memory:'));
storeContract(
  'SQLite (file)',
  async () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'interdict-')), 'store.db')),
);

describe('SqliteStore', () => {
  it('keeps data across reopening the same file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'interdict-')), 'nested', 'store.db');
    const a = new SqliteStore(path);
    await a.saveDataset('list', [{ id: 'x', schema: 'Person', properties: { name: ['X'] } }], {
      contentHash: 'h',
    });
    await a.close();
    const b = new SqliteStore(path);
    expect((await b.datasetInfo('list')).counts).toEqual({ Person: 1 });
    await b.close();
  });

  it('keeps the audit log across reopening the same file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'interdict-')), 'audit.db');
    const a = new SqliteStore(path);
    await a.appendAudit({
      at: new Date().toISOString(),
      keyId: 'ci',
      action: 'match',
      dataset: 'list',
      datasetVersion: 1,
      query: { name: ['X'] },
      results: [],
    });
    await a.close();
    const b = new SqliteStore(path);
    expect((await b.listAudit()).map((r) => r.keyId)).toEqual(['ci']);
    await b.close();
  });

  it('commits audit records appended together in one go, each promise with its own id, in order', async () => {
    const store = new SqliteStore(':memory:');
    const record = (i: number) => ({
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      keyId: `k${i}`,
      action: 'match',
      dataset: 'list',
      datasetVersion: 1,
      query: { name: [`Q${i}`] },
      results: [{ id: `e${i}`, score: 1, match: true }],
    });
    const stored = await Promise.all(Array.from({ length: 50 }, (_, i) => store.appendAudit(record(i))));
    expect(stored.map((r) => r.keyId)).toEqual(Array.from({ length: 50 }, (_, i) => `k${i}`));
    expect(new Set(stored.map((r) => r.id)).size).toBe(50);
    expect(stored.map((r) => r.id)).toEqual([...stored.map((r) => r.id)].sort((a, b) => a - b));
    const listed = await store.listAudit({ limit: 100 });
    expect(listed.map((r) => r.id)).toEqual(stored.map((r) => r.id).reverse());
    expect(listed[0]).toEqual(stored[49]);
    await store.close();
  });

  it('stores an audit record appended just before close', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'interdict-')), 'audit-close.db');
    const a = new SqliteStore(path);
    const pending = a.appendAudit({
      at: new Date().toISOString(),
      keyId: 'late',
      action: 'match',
      dataset: 'list',
      datasetVersion: 1,
      query: {},
      results: [],
    });
    await a.close();
    expect((await pending).keyId).toBe('late');
    const b = new SqliteStore(path);
    expect((await b.listAudit()).map((r) => r.keyId)).toEqual(['late']);
    await b.close();
  });
});
