// The data the demo ships with: the article's network and the real OFAC and
// UN records it is screened against (data/lists/README.md), stored on demand.

import { readFileSync } from 'node:fs';
import { parseScenario } from '../../core/ingest/scenario.js';
import type { Network } from '../../core/model/network.js';
import type { Store, VersionInfo } from '../../core/store/store.js';
import { sha256 } from './hash.js';
import { importList } from './import-list.js';
import { packagePath } from './package-root.js';

export const DEMO_SCENARIO = 'data/scenarios/article.yaml';

export const DEMO_LISTS = [
  { dataset: 'demo-us-ofac-sdn', format: 'ofac-csv' as const, path: 'data/lists/ofac-sdn-2021-07-demo' },
  {
    dataset: 'demo-un-sc',
    format: 'un-xml' as const,
    path: 'data/lists/un-consolidated-2026-02-27-demo.xml',
  },
];

export function readDemoNetwork(): { network: Network; contentHash: string } {
  const text = readFileSync(packagePath(DEMO_SCENARIO), 'utf8');
  return { network: parseScenario(text, { file: DEMO_SCENARIO }), contentHash: sha256(text) };
}

/** Store the demo network (a new version only when the file changed); returns its version. */
export async function storeDemoNetwork(store: Store): Promise<{ network: Network; version: number }> {
  const { network, contentHash } = readDemoNetwork();
  const existing = (await store.listNetworks()).find((v) => v.name === network.id);
  const version =
    existing && existing.contentHash === contentHash
      ? existing.version
      : (await store.saveNetwork(network, { sourceFile: DEMO_SCENARIO, format: 'scenario', contentHash }))
          .version;
  return { network, version };
}

/** Import the demo list records unless the same content is stored already. */
export async function storeDemoLists(store: Store): Promise<VersionInfo[]> {
  const out: VersionInfo[] = [];
  for (const list of DEMO_LISTS) {
    const r = await importList(store, {
      format: list.format,
      path: packagePath(list.path),
      dataset: list.dataset,
      skipIfUnchanged: true,
    });
    out.push(r.info);
  }
  return out;
}
