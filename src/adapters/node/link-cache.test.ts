import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../core/model/entity.js';
import { partyNames } from '../../core/netbuild/index.js';
import type { Store } from '../../core/store/store.js';
import { buildNetworkFromStore, collectFromStore, resolveDatasets } from '../../service/network-build.js';
import { FileLinkIndexCache } from './link-cache.js';
import { importList } from './import-list.js';
import { SqliteStore } from './sqlite-store.js';

// The shipped extract of the real July 2021 SDN set (data/lists/README.md).
const SDN_2021 = 'data/lists/ofac-sdn-2021-07-demo';

/** The store, counting how often a build reads every record of a dataset. */
function counting(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const wrapped = Object.create(store) as Store;
  wrapped.datasetEntities = (name: string, version?: number): AsyncIterable<Entity> => {
    reads++;
    return store.datasetEntities(name, version);
  };
  return { store: wrapped, reads: () => reads };
}

describe('the link index kept on disk', () => {
  it('serves the second build from the file, with the same network, without reading the records again', async () => {
    const store = new SqliteStore(':memory:');
    await importList(store, { dataset: 'sdn', format: 'ofac-csv', path: SDN_2021 });
    const dir = mkdtempSync(join(tmpdir(), 'interdict-links-'));
    const { store: spy, reads } = counting(store);
    const request = { name: 'axis', datasets: [{ name: 'sdn' }], around: ['HIZBALLAH', 'HAMAS'], hops: 1 };

    const first = await buildNetworkFromStore(spy, request, { links: new FileLinkIndexCache(dir) });
    expect(reads()).toBe(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.lnk'))).toHaveLength(1);

    // A new process (a new cache object) reads the file instead of the store.
    const second = await buildNetworkFromStore(spy, request, { links: new FileLinkIndexCache(dir) });
    expect(reads()).toBe(1);
    expect(second.network.nodes).toEqual(first.network.nodes);
    expect(second.network.channels).toEqual(first.network.channels);
    expect(second.report.seeds).toEqual(first.report.seeds);
    await store.close();
  });

  it('loads the same parties, links and folded names as were read, decoding each party when read', async () => {
    const store = new SqliteStore(':memory:');
    await importList(store, { dataset: 'sdn', format: 'ofac-csv', path: SDN_2021 });
    const dir = mkdtempSync(join(tmpdir(), 'interdict-links-'));
    const refs = await resolveDatasets(store, [{ name: 'sdn' }]);
    const read = await collectFromStore(store, refs, new FileLinkIndexCache(dir));
    const loaded = await collectFromStore(store, refs, new FileLinkIndexCache(dir));
    expect(loaded).not.toBe(read);
    expect(loaded.parties.size).toBe(read.parties.size);
    expect(loaded.parties.has('ofac-4697')).toBe(true);
    expect(loaded.parties.get('ofac-4697')).toEqual(read.parties.get('ofac-4697'));
    expect(loaded.parties.get('no-such-party')).toBeUndefined();
    expect([...loaded.parties.keys()]).toEqual([...read.parties.keys()]);
    expect([...loaded.parties.entries()]).toEqual([...read.parties.entries()]);
    expect(loaded.stated).toEqual(read.stated);
    expect(loaded.shared).toEqual(read.shared);
    expect(loaded.datasets).toEqual(read.datasets);
    expect(loaded.unresolved).toBe(read.unresolved);
    expect(loaded.names).toEqual(partyNames(read));
    await store.close();
  });

  it('reads the records again for a new dataset version, and rebuilds a damaged file', async () => {
    const store = new SqliteStore(':memory:');
    await importList(store, { dataset: 'sdn', format: 'ofac-csv', path: SDN_2021 });
    const dir = mkdtempSync(join(tmpdir(), 'interdict-links-'));
    const cache = new FileLinkIndexCache(dir);
    const { store: spy, reads } = counting(store);
    const v1 = await resolveDatasets(spy, [{ name: 'sdn' }]);
    const index = await collectFromStore(spy, v1, cache);
    expect(reads()).toBe(1);

    const [file] = readdirSync(dir).filter((f) => f.endsWith('.lnk'));
    writeFileSync(join(dir, file!), 'LNK1 not a serialised index');
    const again = await collectFromStore(spy, v1, cache);
    expect(reads()).toBe(2);
    expect(again.parties.size).toBe(index.parties.size);

    // The same records under a new version are another key: read, not served stale.
    await importList(store, { dataset: 'sdn', format: 'ofac-csv', path: SDN_2021, skipIfUnchanged: false });
    const v2 = await resolveDatasets(spy, [{ name: 'sdn' }]);
    expect(v2[0]!.version).toBe(2);
    await collectFromStore(spy, v2, cache);
    expect(reads()).toBe(3);
    await store.close();
  });
});
