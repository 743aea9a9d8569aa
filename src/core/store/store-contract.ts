// The contract every Store backend must pass: call storeContract(name, open)
// from the backend's test file with a factory for an empty store.

import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import type { Network } from '../model/network.js';
import type { Store } from './store.js';

const network: Network = {
  id: 'tiny',
  name: 'Tiny network',
  nodes: [
    { id: 's', schema: 'Country', role: 'sponsor', properties: { name: ['Sponsor'] } },
    { id: 't', schema: 'Organization', role: 'recipient', properties: { name: ['Recipient'] } },
  ],
  channels: [
    {
      id: 'c1',
      from: 's',
      to: 't',
      kind: 'air-route',
      capacity: Infinity,
      confidence: 0.4,
      confidenceLabel: 'alleged',
    },
  ],
  jurisdictions: [],
  actions: [],
};

const entity = (id: string, name: string, extra: Record<string, string[]> = {}): Entity => ({
  id,
  schema: 'Person',
  properties: { name: [name], ...extra },
});

async function* failingAfter(entities: Entity[]): AsyncGenerator<Entity> {
  for (const e of entities) yield e;
  throw new Error('source broke mid-stream');
}

export function storeContract(backend: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${backend}`, () => {
    it('numbers network versions and returns each one unchanged, unlimited capacity included', async () => {
      const store = await open();
      const v1 = await store.saveNetwork(network, {
        contentHash: 'h1',
        sourceFile: 'tiny.yaml',
        format: 'scenario',
      });
      const changed = { ...network, name: 'Tiny, revised' };
      const v2 = await store.saveNetwork(changed, { contentHash: 'h2' });
      expect([v1.version, v2.version]).toEqual([1, 2]);
      expect(v1.counts).toMatchObject({ nodes: 2, channels: 1 });
      expect((await store.getNetwork('tiny', 1)).network).toEqual(network);
      expect((await store.getNetwork('tiny')).network.name).toBe('Tiny, revised');
      expect((await store.getNetwork('tiny')).network.channels[0]!.capacity).toBe(Infinity);
      expect((await store.networkVersions('tiny')).map((v) => v.contentHash)).toEqual(['h1', 'h2']);
      expect((await store.listNetworks()).map((v) => [v.name, v.version])).toEqual([['tiny', 2]]);
      await store.close();
    });

    it('reports a missing network or dataset as not found', async () => {
      const store = await open();
      await expect(store.getNetwork('nope')).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
      await expect(store.datasetInfo('nope')).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
      await store.close();
    });

    it('saves dataset versions with counts by schema and streams entities back by id', async () => {
      const store = await open();
      const info = await store.saveDataset('list', [entity('b', 'Bob'), entity('a', 'Ann')], {
        contentHash: 'x',
      });
      expect(info).toMatchObject({ kind: 'dataset', name: 'list', version: 1, counts: { Person: 2 } });
      const ids: string[] = [];
      for await (const e of store.datasetEntities('list')) ids.push(e.id);
      expect(ids).toEqual(['a', 'b']);
      expect(await store.getEntity('list', 'a')).toEqual(entity('a', 'Ann'));
      expect(await store.getEntity('list', 'zzz')).toBeUndefined();
      await store.close();
    });

    it('stores nothing when an import fails mid-stream', async () => {
      const store = await open();
      await store.saveDataset('list', [entity('a', 'Ann')], { contentHash: 'x' });
      await expect(
        store.saveDataset('list', failingAfter([entity('a', 'Ann'), entity('b', 'Bob')]), {
          contentHash: 'y',
        }),
      ).rejects.toThrow('source broke');
      expect((await store.datasetVersions('list')).length).toBe(1);
      const ids: string[] = [];
      for await (const e of store.datasetEntities('list')) ids.push(e.id);
      expect(ids).toEqual(['a']);
      // The store still accepts writes after the rollback.
      expect((await store.saveDataset('list', [entity('c', 'Cy')], { contentHash: 'z' })).version).toBe(2);
      await store.close();
    });

    it('rejects duplicate ids within one import and keeps nothing of it', async () => {
      const store = await open();
      await expect(
        store.saveDataset('dup', [entity('a', 'Ann'), entity('a', 'Ann')], { contentHash: 'x' }),
      ).rejects.toMatchObject({ code: 'E_CONFLICT' });
      await expect(store.datasetInfo('dup')).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
      await store.close();
    });

    it('diffs two dataset versions into added, removed and changed properties', async () => {
      const store = await open();
      await store.saveDataset(
        'list',
        [entity('a', 'Ann'), entity('b', 'Bob'), entity('c', 'Cy', { country: ['ir'] })],
        { contentHash: '1' },
      );
      await store.saveDataset(
        'list',
        [entity('a', 'Ann'), entity('c', 'Cy', { country: ['lb'] }), entity('d', 'Dee')],
        { contentHash: '2' },
      );
      const diff = await store.diffDatasets('list', 1, 'list', 2);
      expect(diff.added).toEqual([{ id: 'd', schema: 'Person', caption: 'Dee' }]);
      expect(diff.removed).toEqual([{ id: 'b', schema: 'Person', caption: 'Bob' }]);
      expect(diff.changed).toEqual([{ id: 'c', schema: 'Person', caption: 'Cy', properties: ['country'] }]);
      expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
      await store.close();
    });

    it('compares content: a moved source row or reordered values is no change', async () => {
      const store = await open();
      const row = (line: number) => ({ sourceRecord: [`sdn.csv:${line}: 36,"AEROCARIBBEAN AIRLINES"`] });
      await store.saveDataset(
        'list',
        [
          entity('a', 'Ann', { ...row(10), country: ['ir', 'lb'] }),
          entity('b', 'Bob', row(11)),
          entity('c', 'Cy', row(12)),
        ],
        { contentHash: '1' },
      );
      await store.saveDataset(
        'list',
        [
          entity('a', 'Ann', { ...row(20), country: ['lb', 'ir'] }),
          entity('b', 'Bobby', row(21)),
          { ...entity('c', 'Cy', row(22)), schema: 'Organization' },
        ],
        { contentHash: '2' },
      );
      const diff = await store.diffDatasets('list', 1, 'list', 2);
      expect(diff.changed).toEqual([
        { id: 'b', schema: 'Person', caption: 'Bobby', properties: ['name'] },
        { id: 'c', schema: 'Organization', caption: 'Cy', properties: ['schema'] },
      ]);
      expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 2, unchanged: 1 });
      await store.close();
    });

    it('names a sanction or a link by the entities it refers to', async () => {
      const store = await open();
      await store.saveDataset('list', [entity('p', 'Ann')], { contentHash: '1' });
      await store.saveDataset(
        'list',
        [
          entity('p', 'Ann'),
          entity('q', 'Bob'),
          { id: 'p-sanction', schema: 'Sanction', properties: { entity: ['p'], program: ['SDGT'] } },
          { id: 'p-q', schema: 'UnknownLink', properties: { subject: ['p'], object: ['q'] } },
        ],
        { contentHash: '2' },
      );
      const diff = await store.diffDatasets('list', 1, 'list', 2);
      expect(diff.added).toEqual([
        { id: 'p-q', schema: 'UnknownLink', caption: 'Ann → Bob' },
        { id: 'p-sanction', schema: 'Sanction', caption: 'Sanction on Ann (SDGT)' },
        { id: 'q', schema: 'Person', caption: 'Bob' },
      ]);
      await store.close();
    });

    it('diffs page by page in code-point order of id, with progress, and stops when cancelled', async () => {
      const store = await open();
      // Ids across the BMP/astral boundary, where UTF-16 order and code-point order disagree.
      const ids = ['a', 'b', 'z', '\u00e9', '\u4e00', '\uff21', '\u{1f600}', '\u{1f600}x', '\u{20000}'];
      const many = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(3, '0')}`);
      await store.saveDataset(
        'list',
        [...ids, ...many].map((id) => entity(id, `N ${id}`)),
        { contentHash: '1' },
      );
      await store.saveDataset(
        'list',
        [...ids.filter((id) => id !== '\uff21'), ...many, 'zz'].map((id) =>
          entity(id, id === '\u{1f600}' ? 'changed' : `N ${id}`),
        ),
        { contentHash: '2' },
      );
      const steps: [number, number][] = [];
      const diff = await store.diffDatasets('list', 1, 'list', 2, {
        pageSize: 4,
        progress: (done, total) => steps.push([done, total]),
      });
      expect(diff.added.map((e) => e.id)).toEqual(['zz']);
      expect(diff.removed.map((e) => e.id)).toEqual(['\uff21']);
      expect(diff.changed.map((e) => e.id)).toEqual(['\u{1f600}']);
      expect(diff.counts.unchanged).toBe(ids.length - 2 + many.length);
      expect(steps.length).toBeGreaterThan(5);
      const last = steps[steps.length - 1]!;
      expect(last[0]).toBe(last[1]);
      expect(steps.every(([done, total], i) => done <= total && (i === 0 || done >= steps[i - 1]![0]))).toBe(
        true,
      );
      const signal = { aborted: false };
      const cancelled = store.diffDatasets('list', 1, 'list', 2, {
        pageSize: 4,
        signal,
        progress: () => {
          signal.aborted = true;
        },
      });
      await expect(cancelled).rejects.toThrow(/cancelled/);
      await store.close();
    });

    it('appends audit records and lists them newest first, filtered by dataset and key', async () => {
      const store = await open();
      const base = {
        at: '2025-02-11T10:00:00.000Z',
        action: 'match',
        datasetVersion: 3,
        results: [{ id: 'x', score: 0.9 }],
      };
      const a = await store.appendAudit({ ...base, keyId: 'k1', dataset: 'ofac', query: { name: ['Ann'] } });
      const b = await store.appendAudit({
        ...base,
        keyId: 'k2',
        dataset: 'un',
        query: { name: ['Bob'] },
        requestId: 'r2',
      });
      expect(b.id).toBeGreaterThan(a.id);
      expect((await store.listAudit()).map((r) => r.id)).toEqual([b.id, a.id]);
      expect(await store.listAudit({ dataset: 'ofac' })).toEqual([a]);
      expect((await store.listAudit({ keyId: 'k2' }))[0]).toMatchObject({
        requestId: 'r2',
        query: { name: ['Bob'] },
      });
      expect((await store.listAudit({ before: b.id })).map((r) => r.id)).toEqual([a.id]);
      expect(await store.listAudit({ limit: 1 })).toHaveLength(1);
      await store.close();
    });
  });
}
