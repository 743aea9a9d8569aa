// Scores one query against one candidate by running the feature table, and
// keeps every feature's evidence and contribution as the explanation.
import type { Facts } from './facts.js';
import type { ParsedName } from './normalise.js';
import { FEATURES, type Feature, type FeatureContext } from './features.js';
import {
  acronymSimilarity,
  compareNames,
  joinedSimilarity,
  nameScore,
  NAME_DEFAULTS,
  type NameCompareOptions,
} from './name-compare.js';
import { boundable, nameBound } from './name-bound.js';
import { PartCache } from './part-cache.js';
import { familyIndex, type TokenStats } from './token-stats.js';

export interface ScoreOptions {
  /** The feature table; replace or filter it to change the algorithm. */
  features: Feature[];
  /** Per-feature weight overrides by feature id. */
  weights: Record<string, number>;
  name: NameCompareOptions;
  /**
   * How often name parts occur in the list screened against (screen() passes
   * the index): common parts weigh less, and a listed name is not taken for a
   * typo of another. Without it, every part weighs alike.
   */
  tokens?: TokenStats;
}

export const SCORE_DEFAULTS: ScoreOptions = { features: FEATURES, weights: {}, name: NAME_DEFAULTS };

export interface Explanation {
  feature: string;
  weight: number;
  value: number;
  contribution: number;
  query: string;
  candidate: string;
  detail: string;
}

export interface ScoreResult {
  score: number;
  /** The unclamped sum, used to rank ties at 1 (a birth-date match breaks them). */
  raw: number;
  explanations: Explanation[];
}

/** Which query name and candidate name scored best (indices into `names`). */
export interface BestPair {
  score: number;
  query: number;
  candidate: number;
}

/**
 * The best name score between query and candidate, without evidence (the hot
 * path); names already scored for this query (same name id) are not scored again.
 *
 * With `hopeless` (a test that a name score cannot make the candidate worth
 * scoring), a candidate name is aligned only when its upper bound
 * (nameBound) could beat the best name so far and is not hopeless: the best
 * pair and score come out as without it whenever the best is not hopeless.
 */
export function bestNameScore(
  query: Facts,
  candidate: Facts,
  cache: PartCache,
  opts: NameCompareOptions = NAME_DEFAULTS,
  pair?: BestPair,
  hopeless?: (nameScore: number) => boolean,
): number {
  const prune = hopeless !== undefined && boundable(opts);
  let best = 0;
  let bq = 0;
  let bc = 0;
  outer: for (let i = 0; i < query.names.length; i++) {
    const qn = query.names[i] as ParsedName;
    const key = cache.nameKey(qn);
    for (let j = 0; j < candidate.names.length; j++) {
      const cn = candidate.names[j] as ParsedName;
      // A known bound that prunes settles the pair without its score (most pairs, read once):
      // the score is at most the bound, so it could not beat the best, nor be worth keeping.
      let bound = prune ? cache.boundOf(key, cn.id) : NaN;
      if (bound <= best || (prune && hopeless!(bound))) continue;
      let s = cache.scoreOf(key, cn.id);
      if (Number.isNaN(s)) {
        if (prune && Number.isNaN(bound)) {
          bound = nameBound(qn, cn, cache, opts, acronymSimilarity, joinedSimilarity);
          cache.setBound(key, cn.id, bound);
          if (bound <= best || hopeless!(bound)) continue;
        }
        s = nameScore(qn, cn, cache, opts);
        cache.setScore(key, cn.id, s);
      }
      if (s > best) {
        best = s;
        bq = i;
        bc = j;
      }
      if (s >= 1) break outer;
    }
  }
  if (pair) [pair.score, pair.query, pair.candidate] = [best, bq, bc];
  return best;
}

/** The most a candidate can score given its name score: lets screening skip hopeless candidates. */
export function scoreCeiling(
  nameScoreValue: number,
  query: Facts,
  options: Partial<ScoreOptions> = {},
): number {
  const opts = { ...SCORE_DEFAULTS, ...options };
  let ceiling = 0;
  for (const f of opts.features) {
    const w = opts.weights[f.id] ?? f.weight;
    if (f.id === 'name_similarity') ceiling += w * nameScoreValue;
    else if (f.id === 'identifier_match') ceiling += query.identifiers.size ? Math.max(0, w) : 0;
    else ceiling += Math.max(0, w);
  }
  return ceiling;
}

/** The best-scoring pair of names between query and candidate (found now unless given), with its evidence. */
export function bestNames(
  query: Facts,
  candidate: Facts,
  opts: NameCompareOptions = NAME_DEFAULTS,
  cache: PartCache = new PartCache(opts),
  pair?: BestPair,
): FeatureContext['name'] {
  let bq = pair?.query ?? 0;
  let bc = pair?.candidate ?? 0;
  if (!pair) {
    let best = -1;
    outer: for (let i = 0; i < query.names.length; i++) {
      for (let j = 0; j < candidate.names.length; j++) {
        const s = nameScore(query.names[i] as ParsedName, candidate.names[j] as ParsedName, cache, opts);
        if (s > best) [best, bq, bc] = [s, i, j];
        if (s >= 1) break outer;
      }
    }
  }
  const qn = query.names[bq];
  const cn = candidate.names[bc];
  if (!qn || !cn)
    return {
      score: 0,
      pairs: [],
      phonetic: 0,
      unmatched: [],
      queryName: qn?.raw ?? '',
      candidateName: cn?.raw ?? '',
    };
  return { ...compareNames(qn, cn, opts, cache), queryName: qn.raw, candidateName: cn.raw };
}

/** Score a query against a candidate: Σ weight × value over the features, clamped to [0, 1]. */
export function score(
  query: Facts,
  candidate: Facts,
  options: Partial<ScoreOptions> = {},
  cache?: PartCache,
  pair?: BestPair,
): ScoreResult {
  const opts = { ...SCORE_DEFAULTS, ...options };
  const parts = cache ?? new PartCache(opts.name, opts.tokens, familyIndex(query.schema));
  const ctx: FeatureContext = { name: bestNames(query, candidate, opts.name, parts, pair) };
  const explanations: Explanation[] = [];
  let total = 0;
  for (const f of opts.features) {
    const ev = f.evaluate(query, candidate, ctx);
    if (!ev) continue;
    const weight = opts.weights[f.id] ?? f.weight;
    const contribution = weight * ev.value;
    total += contribution;
    explanations.push({
      feature: f.id,
      weight,
      value: ev.value,
      contribution,
      query: ev.query,
      candidate: ev.candidate,
      detail: ev.detail,
    });
  }
  return { score: Math.max(0, Math.min(1, total)), raw: total, explanations };
}
