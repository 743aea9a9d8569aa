// The link graph of stored datasets for network-aware screening: parties and
// FtM edge entities (provenance dropped), and which parties are designated.

import { designatedIds } from '../../core/match/index.js';
import { EDGE_SCHEMATA, type Entity } from '../../core/model/entity.js';
import type { Store } from '../../core/store/store.js';
import type { IndexedDataset } from './screening-index.js';

export interface DatasetLinks {
  entities: Entity[];
  designated: Set<string>;
}

/** Properties proximity reads; everything else (notes, source records) stays on disk. */
const KEPT = new Set([
  'address',
  'addressEntity',
  'registrationNumber',
  'idNumber',
  'passportNumber',
  'imoNumber',
  'innCode',
  'taxNumber',
  'topics',
  'entity',
  'name',
]);

export async function loadDatasetLinks(store: Store, datasets: IndexedDataset[]): Promise<DatasetLinks> {
  const entities: Entity[] = [];
  for (const d of datasets) {
    for await (const e of store.datasetEntities(d.name, d.version)) {
      const edge = EDGE_SCHEMATA[e.schema];
      const properties: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(e.properties)) {
        if (KEPT.has(k) || (edge && (k === edge.source || k === edge.target))) properties[k] = v;
      }
      entities.push({ id: e.id, schema: e.schema, properties });
    }
  }
  return { entities, designated: designatedIds(entities) };
}
