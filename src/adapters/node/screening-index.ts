// Builds the screening index from the latest (or chosen) versions of stored
// datasets: only entities a party can be matched against are indexed.

import { buildIndex, type CandidateIndex } from '../../core/match/index.js';
import { NODE_SCHEMATA, type Entity } from '../../core/model/entity.js';
import { UsageError } from '../../core/model/errors.js';
import { datasetLinks, linkView, type DatasetLinks } from './dataset-links.js';
import type { Store } from '../../core/store/store.js';

/** Schemata that screening matches against; links, sanctions and addresses are not parties. */
export const MATCHABLE = new Set<string>(NODE_SCHEMATA.filter((s) => s !== 'Country'));

export interface IndexedDataset {
  name: string;
  version: number;
}

/** Parse `NAME` or `NAME@VERSION`. */
export function parseDatasetRef(ref: string): { name: string; version?: number } {
  const m = /^([^@]+)(?:@(\d+))?$/.exec(ref);
  if (!m)
    throw new UsageError(`bad dataset reference "${ref}"`, 'write NAME or NAME@VERSION, e.g. us_ofac_sdn@2');
  return m[2] ? { name: m[1]!, version: Number(m[2]) } : { name: m[1]! };
}

export interface LoadedIndex {
  index: CandidateIndex;
  datasets: IndexedDataset[];
  /** The datasets' link graph, when asked for (network-aware screening). */
  links?: DatasetLinks;
}

export async function loadScreeningIndex(
  store: Store,
  refs: string[] = [],
  options: { links?: boolean } = {},
): Promise<LoadedIndex> {
  const wanted = refs.length
    ? refs.map(parseDatasetRef)
    : (await store.listDatasets()).map((d) => ({ name: d.name, version: d.version }));
  if (wanted.length === 0) {
    throw new UsageError(
      'no datasets to screen against',
      'import a list first, e.g.: interdict import ofac-csv ../shared/data/ofac-sdn-2021-07',
    );
  }
  const datasets: IndexedDataset[] = [];
  for (const w of wanted) {
    const info = await store.datasetInfo(w.name, w.version);
    datasets.push({ name: info.name, version: info.version });
  }
  const versions = Object.fromEntries(datasets.map((d) => [d.name, String(d.version)]));
  const linkEntities: Entity[] = [];
  async function* entities(): AsyncGenerator<Entity> {
    for (const d of datasets) {
      for await (const e of store.datasetEntities(d.name, d.version)) {
        if (options.links) linkEntities.push(linkView(e));
        if (!MATCHABLE.has(e.schema)) continue;
        yield { ...e, datasets: [d.name] };
      }
    }
  }
  const index = await buildIndex(entities(), { versions });
  return options.links ? { index, datasets, links: datasetLinks(linkEntities) } : { index, datasets };
}
