// The link graph of stored datasets for network-aware screening: parties and
// FtM edge entities (provenance dropped), and which parties are designated.
// Collected while the screening index is built, in the same pass.

import { designatedIds } from '../../core/match/index.js';
import { EDGE_SCHEMATA, type Entity } from '../../core/model/entity.js';

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

/** The part of an entity proximity reads: edges keep their ends, parties their shared keys. */
export function linkView(e: Entity): Entity {
  const edge = EDGE_SCHEMATA[e.schema];
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(e.properties)) {
    if (KEPT.has(k) || (edge && (k === edge.source || k === edge.target))) properties[k] = v;
  }
  return { id: e.id, schema: e.schema, properties };
}

export function datasetLinks(entities: Entity[]): DatasetLinks {
  return { entities, designated: designatedIds(entities) };
}
