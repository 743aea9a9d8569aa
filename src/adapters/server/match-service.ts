// Screening against stored datasets: candidate indexes built once per
// dataset version and cached, yente-shaped results, and the audit record.

import { caption, type Entity } from '../../core/model/entity.js';
import { UsageError } from '../../core/model/errors.js';
import {
  buildIndex,
  FEATURES,
  screen,
  type CandidateIndex,
  type ScreenMatch,
} from '../../core/match/index.js';
import type { Store } from '../../core/store/store.js';
import { ALGORITHM_ALIASES, ALGORITHMS, type MatchQuery, type MatchResult } from '../../contract/match.js';

/** `default` and `all` screen every stored dataset, as yente's `default` collection does. */
export const ALL_DATASETS = new Set(['default', 'all']);

export interface Indexed {
  dataset: string;
  version: number;
  index: CandidateIndex;
}

export interface ScreenParams {
  limit: number;
  threshold: number;
  cutoff: number;
  algorithm: string;
}

/** Name features only: what `name-only` scores with. */
const NAME_FEATURES = FEATURES.filter((f) => /name|phonetic|schema/.test(f.id));

export function resolveAlgorithm(name: string): (typeof ALGORITHMS)[number] {
  if ((ALGORITHMS as readonly string[]).includes(name)) return name as (typeof ALGORITHMS)[number];
  const alias = ALGORITHM_ALIASES[name];
  if (alias) return alias;
  throw new UsageError(
    `unknown algorithm "${name}"`,
    `use one of: ${[...ALGORITHMS, ...Object.keys(ALGORITHM_ALIASES)].join(', ')}`,
  );
}

export class MatchService {
  private readonly cache = new Map<string, Promise<Indexed>>();

  constructor(private readonly store: Store) {}

  /** The indexes to screen against: one dataset's latest version, or all of them. */
  async indexes(dataset: string): Promise<Indexed[]> {
    const infos = ALL_DATASETS.has(dataset)
      ? await this.store.listDatasets()
      : [await this.store.datasetInfo(dataset)];
    return Promise.all(infos.map((info) => this.index(info.name, info.version)));
  }

  private index(name: string, version: number): Promise<Indexed> {
    const key = `${name}@${version}`;
    let p = this.cache.get(key);
    if (!p) {
      // Drop older versions of the same dataset: only the latest is screened against.
      for (const k of this.cache.keys()) if (k.startsWith(`${name}@`)) this.cache.delete(k);
      p = buildIndex(this.store.datasetEntities(name, version), {
        defaultDataset: name,
        versions: { [name]: String(version) },
      }).then((index) => ({ dataset: name, version, index }));
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
    }
    return p;
  }

  /** Screen one query against the indexes, best first, with full entities. */
  async match(indexes: Indexed[], query: MatchQuery, params: ScreenParams): Promise<MatchResult[]> {
    const algorithm = resolveAlgorithm(params.algorithm);
    const scoring = algorithm === 'name-only' ? { features: NAME_FEATURES } : {};
    const hits: { hit: ScreenMatch; from: Indexed }[] = [];
    for (const from of indexes) {
      for (const hit of screen(from.index, query, {
        limit: params.limit,
        threshold: params.threshold,
        cutoff: params.cutoff,
        scoring,
      })) {
        hits.push({ hit, from });
      }
    }
    hits.sort((a, b) => b.hit.score - a.hit.score || a.hit.id.localeCompare(b.hit.id));
    return Promise.all(hits.slice(0, params.limit).map(({ hit, from }) => this.result(hit, from)));
  }

  private async result(hit: ScreenMatch, from: Indexed): Promise<MatchResult> {
    const entity = await this.store.getEntity(from.dataset, hit.id, from.version);
    const features: Record<string, number> = {};
    for (const e of hit.explanations) features[e.feature] = e.value;
    return {
      id: hit.id,
      caption: hit.caption,
      schema: hit.schema,
      properties: entity?.properties ?? {},
      datasets: [from.dataset],
      score: hit.score,
      match: hit.match,
      features,
      explanations: hit.explanations,
      version: from.version,
    };
  }

  /** Entities whose names contain every word of `q` (a plain search, not scoring). */
  async search(indexes: Indexed[], q: string, limit: number, schema?: string): Promise<MatchResult[]> {
    return this.match(
      indexes,
      { ...(schema ? { schema } : {}), properties: { name: [q] } },
      { limit, threshold: 0.7, cutoff: 0.3, algorithm: 'name-only' },
    );
  }

  /** An entity by id from any dataset's latest version. */
  async entity(id: string): Promise<{ entity: Entity; dataset: string; version: number } | undefined> {
    for (const info of await this.store.listDatasets()) {
      const entity = await this.store.getEntity(info.name, id, info.version);
      if (entity) return { entity, dataset: info.name, version: info.version };
    }
    return undefined;
  }
}

export { caption };
