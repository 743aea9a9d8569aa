// Datasets screened together are matched in one index merged from theirs: one
// candidate search, name-part rarity counted over all of them. Merged once per
// set of dataset versions, kept in memory and (through the persistence port)
// between runs.

import { mergeIndexes, type CandidateIndex, type ScreenMatch } from '../core/match/index.js';
import type { VersionInfo } from '../core/store/store.js';

/**
 * Datasets are matched in one merged index while they hold at most this many
 * entities in all; above it, each is matched on its own (a merged copy is held
 * by every process and worker thread that screens).
 */
export const MERGED_INDEX_LIMIT = 250_000;
/** Merged indexes kept (one per set of dataset versions screened together). */
const MERGED_KEPT = 4;

/** Where merged indexes are kept between runs: part of the screening persistence port. */
export interface MergedPersistence {
  /** The index merged from these dataset versions' (MERGED_INDEX_LIMIT), if one was kept. */
  loadMerged?(infos: VersionInfo[]): Promise<CandidateIndex | undefined>;
  saveMerged?(infos: VersionInfo[], index: CandidateIndex): Promise<void>;
}

interface Version {
  name: string;
  version: number;
}

export class MergedIndexes {
  private readonly kept = new Map<string, Promise<CandidateIndex>>();

  constructor(private readonly persistence?: MergedPersistence) {}

  /**
   * The one index the datasets of a scope are matched in, or undefined to match
   * each alone. `infos` are their stored versions (undefined where not known:
   * then nothing is read or kept between runs).
   */
  async of(
    datasets: Version[],
    indexes: CandidateIndex[],
    infos: (VersionInfo | undefined)[],
  ): Promise<CandidateIndex | undefined> {
    if (indexes.length === 1) return indexes[0];
    let size = 0;
    for (const ix of indexes) size += ix.size;
    // Two versions of one dataset are told apart by index, not by the hits' dataset names.
    if (size > MERGED_INDEX_LIMIT || new Set(datasets.map((d) => d.name)).size < datasets.length)
      return undefined;
    const key = datasets.map((d) => `${d.name}@${d.version}`).join(',');
    let index = this.kept.get(key);
    if (!index) {
      if (this.kept.size >= MERGED_KEPT) this.kept.delete(this.kept.keys().next().value!);
      index = this.loadOrMerge(indexes, infos);
      index.catch(() => this.kept.delete(key));
      this.kept.set(key, index);
    }
    return index;
  }

  /** The merged index from the persistence port, or merged now (and handed to it). */
  private async loadOrMerge(
    indexes: CandidateIndex[],
    infos: (VersionInfo | undefined)[],
  ): Promise<CandidateIndex> {
    const known = infos.every((i) => i !== undefined) ? (infos as VersionInfo[]) : undefined;
    const saved = known ? await this.persistence?.loadMerged?.(known) : undefined;
    if (saved) return saved;
    const index = mergeIndexes(indexes);
    if (known) await this.persistence?.saveMerged?.(known, index);
    return index;
  }
}

/** Hits of one search split by dataset, in the scope's order (each list keeps the search's order). */
export function hitsByDataset(datasets: Version[], hits: ScreenMatch[]): ScreenMatch[][] {
  const out = datasets.map((): ScreenMatch[] => []);
  const at = new Map(datasets.map((d, i) => [d.name, i]));
  for (const h of hits) {
    const i = at.get(h.dataset);
    if (i !== undefined) out[i]!.push(h);
  }
  return out;
}
