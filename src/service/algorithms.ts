// Matching algorithms every face offers: each is a feature set over the core
// scorer, with its configuration variables documented (type, default,
// description). yente's algorithm names are accepted as aliases.

import { FEATURES, NAME_DEFAULTS, type ScoreOptions } from '../core/match/index.js';
import { InputError } from '../core/model/errors.js';

export interface ConfigDoc {
  type: 'number' | 'integer';
  default: number;
  description: string;
  minimum?: number;
  maximum?: number;
}

export interface FeatureDoc {
  description: string;
  coefficient: number;
}

export interface Algorithm {
  name: string;
  description: string;
  /** Feature id → description and weight. */
  features: Record<string, FeatureDoc>;
  /** Configuration variables a request may set (`config` in a /match body). */
  config: Record<string, ConfigDoc>;
}

export const DEFAULT_ALGORITHM = 'interdict-v1';

const NAME_FEATURE = /name|phonetic|schema/;

function featureDocs(filter: (id: string) => boolean): Record<string, FeatureDoc> {
  return Object.fromEntries(
    FEATURES.filter((f) => filter(f.id)).map((f) => [
      f.id,
      { description: f.description, coefficient: f.weight },
    ]),
  );
}

function configDocs(features: Record<string, FeatureDoc>): Record<string, ConfigDoc> {
  const config: Record<string, ConfigDoc> = {
    candidates: {
      type: 'integer',
      default: 30,
      minimum: 1,
      maximum: 200,
      description: 'Candidates taken from the index and fully scored for each query.',
    },
    name_align_threshold: {
      type: 'number',
      default: NAME_DEFAULTS.alignThreshold,
      minimum: 0,
      maximum: 1,
      description: 'Lowest similarity at which two name parts count as aligned.',
    },
    name_initial_match: {
      type: 'number',
      default: NAME_DEFAULTS.initialMatch,
      minimum: 0,
      maximum: 1,
      description: 'Similarity of an initial to a name part starting with that letter.',
    },
  };
  for (const [id, f] of Object.entries(features))
    config[`weight_${id}`] = {
      type: 'number',
      default: f.coefficient,
      minimum: -2,
      maximum: 2,
      description: `Weight of the ${id} feature (${f.description}).`,
    };
  return config;
}

function algorithm(name: string, description: string, filter: (id: string) => boolean): Algorithm {
  const features = featureDocs(filter);
  return { name, description, features, config: configDocs(features) };
}

export const ALGORITHMS: readonly Algorithm[] = [
  algorithm(
    'interdict-v1',
    'Names (typo-tolerant, transliterated, phonetic), identifiers, birth dates, countries, gender and schema, each an explained feature with a weight.',
    () => true,
  ),
  algorithm('name-only', 'Names and schema only: identifiers, dates and countries are ignored.', (id) =>
    NAME_FEATURE.test(id),
  ),
];

/** yente's algorithm names, answered by ours. */
export const ALGORITHM_ALIASES: Record<string, string> = {
  best: 'interdict-v1',
  default: 'interdict-v1',
  'logic-v1': 'interdict-v1',
  'logic-v2': 'interdict-v1',
  'regression-v1': 'interdict-v1',
  'name-based': 'name-only',
  'name-qualified': 'name-only',
};

export function algorithmNames(): string[] {
  return [...ALGORITHMS.map((a) => a.name), ...Object.keys(ALGORITHM_ALIASES)];
}

export function resolveAlgorithm(name: string = DEFAULT_ALGORITHM): Algorithm {
  const found = ALGORITHMS.find((a) => a.name === (ALGORITHM_ALIASES[name] ?? name));
  if (!found)
    throw new InputError(
      'E_VALUE',
      `unknown algorithm "${name}"`,
      { path: 'algorithm' },
      `use one of: ${algorithmNames().join(', ')}`,
    );
  return found;
}

export interface Scoring {
  scoring: Partial<ScoreOptions>;
  candidates: number;
}

/** The scorer settings of an algorithm under a request's config; an unknown key or a bad value is an error. */
export function scoringOf(algo: Algorithm, config: Record<string, unknown> = {}): Scoring {
  const weights: Record<string, number> = {};
  const name = { ...NAME_DEFAULTS };
  let candidates = algo.config.candidates!.default;
  for (const [key, value] of Object.entries(config)) {
    const doc = algo.config[key];
    if (!doc)
      throw new InputError(
        'E_VALUE',
        `unknown config key "${key}" for algorithm ${algo.name}`,
        { path: `config.${key}` },
        `its keys are: ${Object.keys(algo.config).join(', ')} (GET /algorithms)`,
      );
    const n = typeof value === 'string' ? Number(value) : value;
    if (
      typeof n !== 'number' ||
      !Number.isFinite(n) ||
      (doc.type === 'integer' && !Number.isInteger(n)) ||
      (doc.minimum !== undefined && n < doc.minimum) ||
      (doc.maximum !== undefined && n > doc.maximum)
    )
      throw new InputError(
        'E_VALUE',
        `config ${key} must be a${doc.type === 'integer' ? 'n integer' : ' number'} in [${doc.minimum}, ${doc.maximum}]`,
        { path: `config.${key}` },
        `its default is ${doc.default}`,
      );
    if (key === 'candidates') candidates = n;
    else if (key === 'name_align_threshold') name.alignThreshold = n;
    else if (key === 'name_initial_match') name.initialMatch = n;
    else weights[key.slice('weight_'.length)] = n;
  }
  const features = FEATURES.filter((f) => f.id in algo.features);
  return { scoring: { features, weights, name }, candidates };
}
