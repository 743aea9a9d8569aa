// A batch resolves its scope once: every row is screened against the dataset
// versions the batch started with, even when a newer version is imported
// while it runs; a query screened on its own afterwards sees the new one.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowsOfObjects, screenRows } from '../../service/batch-screening.js';
import { runCli, tempDir } from '../cli/testing/run-cli.js';
import { openStore } from './open-store.js';
import { screeningService } from './screening.js';

const person = (id: string, name: string) =>
  JSON.stringify({ id, schema: 'Person', properties: { name: [name] } }) + '\n';

describe('a batch of queries', () => {
  it('is screened against the dataset versions it started with', async () => {
    const dir = tempDir();
    const db = join(dir, 'store.db');
    const v1 = join(dir, 'v1.ftm.json');
    const v2 = join(dir, 'v2.ftm.json');
    writeFileSync(v1, person('p1', 'Ibrahim Haddad'));
    writeFileSync(v2, person('p1', 'Ibrahim Haddad') + person('p2', 'Ibrahim Haddadin'));
    const first = await runCli(['import', 'ftm', v1, '--dataset', 'watch', '--db', db]);
    expect(first.code, first.stderr).toBe(0);

    const store = await openStore(db);
    try {
      const service = screeningService(store, { persist: false });
      const rows = rowsOfObjects([{ name: 'Ibrahim Haddad' }, { name: 'Ibrahim Haddadin' }]);
      const seen: { versions: Record<string, number> | undefined; ids: string[] }[] = [];
      for await (const row of screenRows(service, rows, {})) {
        seen.push({ versions: row.versions, ids: row.results.map((r) => r.id) });
        if (seen.length === 1) {
          // A newer version lands between the first row and the second.
          const second = await runCli(['import', 'ftm', v2, '--dataset', 'watch', '--db', db]);
          expect(second.code, second.stderr).toBe(0);
        }
      }
      expect(seen.map((s) => s.versions)).toEqual([{ watch: 1 }, { watch: 1 }]);
      expect(seen[1]!.ids).not.toContain('p2');

      const alone = await service.screen({ query: { properties: { name: ['Ibrahim Haddadin'] } } });
      expect(alone.datasets.map((d) => d.version)).toEqual([2]);
      expect(alone.results[0]?.id).toBe('p2');
    } finally {
      await store.close();
    }
  }, 60_000);
});
