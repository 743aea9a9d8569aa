// Scores one query against one candidate by running the feature table, and
// keeps every feature's evidence and contribution as the explanation.
import type { Facts } from './facts.js';
import { FEATURES, type Feature, type FeatureContext } from './features.js';
import { compareNames, NAME_DEFAULTS, type NameCompareOptions } from './name-compare.js';

export interface ScoreOptions {
  /** The feature table; replace or filter it to change the algorithm. */
  features: Feature[];
  /** Per-feature weight overrides by feature id. */
  weights: Record<string, number>;
  name: NameCompareOptions;
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
  explanations: Explanation[];
}

/** The best-scoring pair of names between query and candidate. */
export function bestNames(query: Facts, candidate: Facts, opts: NameCompareOptions = NAME_DEFAULTS): FeatureContext['name'] {
  let best: FeatureContext['name'] = { score: 0, pairs: [], phonetic: 0, unmatched: [], queryName: '', candidateName: '' };
  for (const qn of query.names) {
    for (const cn of candidate.names) {
      const r = compareNames(qn, cn, opts);
      if (r.score > best.score || (r.score === best.score && r.phonetic > best.phonetic)) {
        best = { ...r, queryName: qn.raw, candidateName: cn.raw };
        if (r.score >= 1) return best;
      }
    }
  }
  if (!best.queryName) best = { ...best, queryName: query.names[0]?.raw ?? '', candidateName: candidate.names[0]?.raw ?? '' };
  return best;
}

/** Score a query against a candidate: Σ weight × value over the features, clamped to [0, 1]. */
export function score(query: Facts, candidate: Facts, options: Partial<ScoreOptions> = {}): ScoreResult {
  const opts = { ...SCORE_DEFAULTS, ...options };
  const ctx: FeatureContext = { name: bestNames(query, candidate, opts.name) };
  const explanations: Explanation[] = [];
  let total = 0;
  for (const f of opts.features) {
    const ev = f.evaluate(query, candidate, ctx);
    if (!ev) continue;
    const weight = opts.weights[f.id] ?? f.weight;
    const contribution = weight * ev.value;
    total += contribution;
    explanations.push({ feature: f.id, weight, value: ev.value, contribution, query: ev.query, candidate: ev.candidate, detail: ev.detail });
  }
  return { score: Math.max(0, Math.min(1, total)), explanations };
}
