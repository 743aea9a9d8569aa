import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../core/model/entity.js';
import { storeContract } from '../../core/store/store-contract.js';
import { openStore } from './open-store.js';
import { PgStore } from './pg-store.js';
import { PG_MIGRATIONS } from './pg-migrations.js';

// A real server is needed: .ci/services starts one in CI; locally, point
// INTERDICT_TEST_PG_URL at any database you may create schemas in.
const url = process.env.INTERDICT_TEST_PG_URL;

describe('PgStore without a server', () => {
  it('reports an unreachable server as an I/O error without echoing the password', async () => {
    const err = await PgStore.open('postgres://ci:s3cret@127.0.0.1:1/none').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'E_IO' });
    expect((err as Error).message).toContain('postgres://ci@127.0.0.1:1/none');
    expect((err as Error).message).not.toContain('s3cret');
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(PgStore.open('postgres://ci@127.0.0.1:1/none?schema=a;b')).rejects.toMatchObject({
      code: 'E_USAGE',
    });
  });
});

if (!url) {
  console.warn('pg-store.test.ts: INTERDICT_TEST_PG_URL is not set; skipping the PostgreSQL store tests');
  describe.skip('PgStore on a server (set INTERDICT_TEST_PG_URL)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  const schemas: string[] = [];
  let counter = 0;

  /** A schema no other test (or run) uses; dropped after the file. */
  const freshSchema = (): string => {
    const schema = `interdict_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    schemas.push(schema);
    return schema;
  };
  const at = (schema: string): string => `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
  const count = async (sql: string): Promise<number> =>
    Number((await admin.query<{ n: string }>(sql)).rows[0]!.n);

  afterAll(async () => {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await admin.end();
  });

  storeContract('PostgreSQL', () => PgStore.open(at(freshSchema())));

  const people = (n: number, prefix = 'p'): Entity[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}${String(i).padStart(5, '0')}`,
      schema: 'Person',
      properties: { name: [`Person ${i}`] },
    }));

  async function* slowly(entities: Entity[], ms: number): AsyncGenerator<Entity> {
    for (const e of entities) {
      await new Promise((r) => setTimeout(r, ms));
      yield e;
    }
  }

  describe('PgStore on a server', () => {
    it('gives two concurrent imports of one dataset versions 1 and 2, each complete', async () => {
      const schema = freshSchema();
      const [a, b] = [await PgStore.open(at(schema)), await PgStore.open(at(schema))];
      const [x, y] = await Promise.all([
        a.saveDataset('list', slowly(people(5, 'a'), 20), { contentHash: 'a' }),
        b.saveDataset('list', slowly(people(3, 'b'), 5), { contentHash: 'b' }),
      ]);
      expect([x.version, y.version].sort()).toEqual([1, 2]);
      for (const info of [x, y]) {
        const ids: string[] = [];
        for await (const e of a.datasetEntities('list', info.version)) ids.push(e.id);
        expect(ids).toHaveLength(info.contentHash === 'a' ? 5 : 3);
      }
      await Promise.all([a.close(), b.close()]);
    });

    it('keeps no row of an import that fails after several batches were written', async () => {
      const schema = freshSchema();
      const store = await PgStore.open(at(schema));
      async function* breaks(): AsyncGenerator<Entity> {
        yield* people(1200);
        throw new Error('feed cut');
      }
      await expect(store.saveDataset('big', breaks(), { contentHash: 'x' })).rejects.toThrow('feed cut');
      expect(await count(`SELECT count(*) AS n FROM "${schema}".entities`)).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM "${schema}".versions`)).toBe(0);
      await store.close();
    });

    it('streams a dataset larger than one batch back in id order, and lets a reader stop early', async () => {
      const store = await PgStore.open(at(freshSchema()));
      const input = people(1234).reverse();
      expect((await store.saveDataset('big', input, { contentHash: 'x' })).counts).toEqual({ Person: 1234 });
      const ids: string[] = [];
      for await (const e of store.datasetEntities('big')) ids.push(e.id);
      expect(ids).toEqual(input.map((e) => e.id).sort());
      for await (const e of store.datasetEntities('big')) if (e.id === 'p00010') break;
      // An early stop returned its client: close() would hang otherwise.
      await store.close();
    });

    it('keeps data across reopening, and migrates once when two processes open at the same time', async () => {
      const schema = freshSchema();
      const [a, b] = await Promise.all([PgStore.open(at(schema)), PgStore.open(at(schema))]);
      await a.saveDataset('list', people(2), { contentHash: 'h' });
      await a.appendAudit({
        at: '2025-02-11T10:00:00.000Z',
        keyId: 'ci',
        action: 'match',
        dataset: 'list',
        datasetVersion: 1,
        query: { name: ['X'] },
        results: [],
      });
      await Promise.all([a.close(), b.close()]);
      const c = await openStore(at(schema));
      expect((await c.datasetInfo('list')).counts).toEqual({ Person: 2 });
      expect((await c.listAudit()).map((r) => r.keyId)).toEqual(['ci']);
      await c.close();
      expect(await count(`SELECT count(*) AS n FROM "${schema}".schema_migrations`)).toBe(
        PG_MIGRATIONS.length,
      );
    });

    it('refuses a database migrated by a newer Interdict', async () => {
      const schema = freshSchema();
      await (await PgStore.open(at(schema))).close();
      await admin.query(`INSERT INTO "${schema}".schema_migrations (version) VALUES (99)`);
      await expect(PgStore.open(at(schema))).rejects.toMatchObject({ code: 'E_IO' });
    });
  });
}
