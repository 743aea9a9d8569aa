// The matching engine's public API. The CLI, batch and worker adapters use:
//   buildIndex(entities: Iterable<Entity> | AsyncIterable<Entity>, options?: Partial<IndexOptions>): Promise<CandidateIndex>
//   buildIndexSync(entities: Iterable<Entity>, options?): CandidateIndex
//   index.toBytes(): Uint8Array / CandidateIndex.fromBytes(bytes): a compact, persistable index
//   mergeIndexes(parts): indexes (or their bytes) of consecutive slices as the one index of the whole list (parallel builds)
//     (typed-array sections, viewable in place on a SharedArrayBuffer; layout at its definition)
//   index.entity(ordinal), index.df(token, family), index.totals: entities and token counts
//     IndexOptions: { versions: Record<dataset, version>, defaultDataset: string }
//   screen(index, query: { schema?, properties: { name, alias, country, nationality, birthDate, gender,
//          idNumber, passportNumber, registrationNumber, imoNumber, innCode… } }, options?: Partial<ScreenOptions>)
//     → ScreenMatch[] = { id, caption, schema, score, match, explanations, dataset, version }[], best first
//     ScreenOptions (SCREEN_DEFAULTS): threshold 0.7, limit 10, cutoff 0.5, candidates 30, datasets [], scoring
//   scorePair(name1, name2, schema?, options?) → { score, match, explanations }   (for score-pairs)
//   proximity(entities, designatedIds, startId, options?) → ProximityResult       (network-aware flags)
// Everything here is pure: no I/O; the adapters read files and pass values in.

export { screen, screenFacts, scorePair, SCREEN_DEFAULTS } from './screen.js';
export type { ScreenQuery, ScreenOptions, ScreenMatch, PairScore } from './screen.js';
export {
  CandidateIndex,
  buildIndex,
  buildIndexSync,
  mergeIndexes,
  INDEX_DEFAULTS,
  CANDIDATE_LIMITS,
} from './candidate-index.js';
export { FAMILIES, familyOf, rarity, RARITY_DEFAULTS, type TokenStats } from './token-stats.js';
export { MAX_NAME_WORDS, MAX_WORD_CHARS } from './normalise.js';
export { MAX_NAMES } from './facts.js';
export type { IndexOptions, IndexedEntity } from './candidate-index.js';
export { score, SCORE_DEFAULTS } from './score.js';
export type { ScoreOptions, ScoreResult, Explanation } from './score.js';
export { FEATURES } from './features.js';
export type { Feature, FeatureEvidence } from './features.js';
export { compareNames, NAME_DEFAULTS } from './name-compare.js';
export type { NameCompareOptions, NameComparison } from './name-compare.js';
export { parseName } from './normalise.js';
export type { ParsedName, NamePart, PartKind } from './normalise.js';
export { factsOf, type Facts, type QueryProperties } from './facts.js';
export { foldText, foldHomoglyphs, MAX_FOLD_CHARS, scriptOf, type Script } from './fold.js';
export { romanise } from './transliterate.js';
export { skeleton, phoneticKey } from './phonetic.js';
export { editDistance, jaroWinkler } from './distance.js';
export { proximity, proximityGraph, proximityIn, PROXIMITY_DEFAULTS } from './proximity.js';
export type {
  ProximityGraph,
  ProximityOptions,
  ProximityResult,
  ProximityHit,
  ProximityStep,
} from './proximity.js';
export { networkAsEntities, designatedIds } from './network-entities.js';
export {
  markProximity,
  screenNetwork,
  type ActorScreening,
  type ScreenNetworkOptions,
} from './screen-network.js';
