// The matching engine's public API. The CLI, batch and worker adapters use:
//   buildIndex(entities: Iterable<Entity> | AsyncIterable<Entity>, options?: Partial<IndexOptions>): Promise<CandidateIndex>
//   buildIndexSync(entities: Iterable<Entity>, options?): CandidateIndex
//     IndexOptions: { versions: Record<dataset, version>, defaultDataset: string }
//   screen(index, query: { schema?, properties: { name, alias, country, nationality, birthDate, gender,
//          idNumber, passportNumber, registrationNumber, imoNumber, innCode… } }, options?: Partial<ScreenOptions>)
//     → ScreenMatch[] = { id, caption, schema, score, match, explanations, dataset, version }[], best first
//     ScreenOptions (SCREEN_DEFAULTS): threshold 0.7, limit 10, cutoff 0.5, candidates 30, datasets [], scoring
//   scorePair(name1, name2, schema?, options?) → { score, match, explanations }   (for score-pairs)
//   proximity(entities, designatedIds, startId, options?) → ProximityResult       (network-aware flags)
// Everything here is pure: no I/O; the adapters read files and pass values in.

export { screen, scorePair, SCREEN_DEFAULTS } from './screen.js';
export type { ScreenQuery, ScreenOptions, ScreenMatch, PairScore } from './screen.js';
export { CandidateIndex, buildIndex, buildIndexSync, INDEX_DEFAULTS } from './candidate-index.js';
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
export { foldText, scriptOf, type Script } from './fold.js';
export { romanise } from './transliterate.js';
export { skeleton, phoneticKey } from './phonetic.js';
export { editDistance, jaroWinkler } from './distance.js';
export { proximity, PROXIMITY_DEFAULTS } from './proximity.js';
export type { ProximityOptions, ProximityResult, ProximityHit, ProximityStep } from './proximity.js';
export { networkAsEntities, designatedIds } from './network-entities.js';
export { screenNetwork, type ActorScreening, type ScreenNetworkOptions } from './screen-network.js';
