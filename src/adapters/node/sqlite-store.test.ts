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
});
