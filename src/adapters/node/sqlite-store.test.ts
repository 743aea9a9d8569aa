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
});
