// Screening: a yente-style query against a candidate index → ranked matches
// with per-feature explanations; and pairwise name scoring for evaluation.
import { UsageError } from '../model/errors.js';
import type { CandidateIndex } from './candidate-index.js';
import { factsOf, type Facts, type QueryProperties } from './facts.js';
import { PartCache } from './part-cache.js';
import { familyIndex } from './token-stats.js';
import {
  bestNameScore,
  score,
  scoreCeiling,
  SCORE_DEFAULTS,
  type BestPair,
  type Explanation,
  type ScoreOptions,
} from './score.js';

export interface ScreenQuery {
  schema?: string;
  /** FtM property names: name, alias, country, nationality, birthDate, gender, idNumber, passportNumber, imoNumber… */
  properties: QueryProperties;
}

export interface ScreenOptions {
  /** Score at or above which a result is a match. */
  threshold: number;
  /** Most results returned. */
  limit: number;
  /** Lowest score returned at all (results below are dropped). */
  cutoff: number;
  /** Candidates taken from the index and fully scored. */
  candidates: number;
  /** Only entities from these datasets (empty: all). */
  datasets: string[];
  scoring: Partial<ScoreOptions>;
  /** Skip candidate names whose upper bound cannot count (same results; off only to check that). */
  prune: boolean;
}

export const SCREEN_DEFAULTS: ScreenOptions = {
  threshold: 0.7,
  limit: 10,
  cutoff: 0.5,
  // 30 loses no recall on the bench's perturbed UN names and cross-script pairs (20 does); each one costs a name pre-score.
  candidates: 30,
  datasets: [],
  scoring: SCORE_DEFAULTS,
  prune: true,
};

export interface ScreenMatch {
  id: string;
  caption: string;
  schema: string;
  score: number;
  match: boolean;
  explanations: Explanation[];
  dataset: string;
  version: string;
}

function checkOptions(o: ScreenOptions): void {
  if (!(o.threshold >= 0 && o.threshold <= 1))
    throw new UsageError(`threshold ${o.threshold} is outside [0, 1]`, 'pass a threshold such as 0.7');
  if (!(o.limit >= 1)) throw new UsageError(`limit ${o.limit} is below 1`, 'pass a limit of at least 1');
}

/** Screen one party against the index, best first. */
export function screen(
  index: CandidateIndex,
  query: ScreenQuery,
  options: Partial<ScreenOptions> = {},
): ScreenMatch[] {
  return screenFacts(index, factsOf(query), options);
}

/**
 * Screen a query already read into facts (factsOf): a caller screening one
 * query against several indexes reads it once.
 */
export function screenFacts(
  index: CandidateIndex,
  facts: Facts,
  options: Partial<ScreenOptions> = {},
): ScreenMatch[] {
  const opts = { ...SCREEN_DEFAULTS, ...options };
  checkOptions(opts);
  if (facts.names.length === 0 && facts.identifiers.size === 0) {
    throw new UsageError(
      'the query has no name and no identifier',
      'set properties.name (or firstName/lastName) or an idNumber',
    );
  }
  const results: (ScreenMatch & { raw: number })[] = [];
  const scoring = { ...SCORE_DEFAULTS, ...opts.scoring };
  const cache = new PartCache(scoring.name, scoring.tokens ?? index, familyIndex(facts.schema));
  // The ceiling is linear in the name score: work out the name score a candidate needs, once.
  const ceiling0 = scoreCeiling(0, facts, opts.scoring);
  const perName = scoreCeiling(1, facts, opts.scoring) - ceiling0;
  const pair: BestPair = { score: 0, query: 0, candidate: 0 };
  const hopeless = (name: number) => ceiling0 + perName * name < opts.cutoff;
  for (const ordinal of index.candidates(facts, opts.candidates)) {
    const e = index.entity(ordinal);
    if (!e || (opts.datasets.length && !opts.datasets.includes(e.dataset))) continue;
    const quick = bestNameScore(facts, e.facts, cache, scoring.name, pair, opts.prune ? hopeless : undefined);
    if (hopeless(quick)) continue;
    const r = score(facts, e.facts, opts.scoring, cache, pair);
    if (r.score < opts.cutoff) continue;
    results.push({
      id: e.id,
      caption: e.caption,
      schema: e.schema,
      score: Math.round(r.score * 1e4) / 1e4,
      match: r.score >= opts.threshold,
      explanations: r.explanations,
      dataset: e.dataset,
      version: e.version,
      raw: r.raw,
    });
  }
  results.sort((a, b) => b.raw - a.raw || a.id.localeCompare(b.id));
  return results.slice(0, opts.limit).map(({ raw: _raw, ...m }) => m);
}

export interface PairScore {
  score: number;
  match: boolean;
  explanations: Explanation[];
}

/** Score two names against each other (no index), for evaluation and `score-pairs`. */
export function scorePair(
  name1: string,
  name2: string,
  schema?: string,
  options: Partial<ScreenOptions> = {},
): PairScore {
  const opts = { ...SCREEN_DEFAULTS, ...options };
  const a = factsOf({ schema, properties: { name: [name1] } });
  const b = factsOf({ schema, properties: { name: [name2] } });
  const r = score(a, b, opts.scoring);
  return {
    score: Math.round(r.score * 1e4) / 1e4,
    match: r.score >= opts.threshold,
    explanations: r.explanations,
  };
}
