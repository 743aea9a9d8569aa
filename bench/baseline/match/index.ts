// Frozen copy of the matching engine as of commit 7f9355f (before the
// reading tables, token weights and name alignment), kept so the screening
// bench can score the same cases with both engines in one run.
// The matching engine's public API. The CLI, batch and worker adapters use:
//   buildIndex(entities: Iterable<Entity> | AsyncIterable<Entity>, options?: Partial<IndexOptions>): Promise<CandidateIndex>
//   buildIndexSync(entities: Iterable<Entity>, options?): CandidateIndex
//     IndexOptions: { versions: Record<dataset, version>, defaultDataset: string }
//   screen(index, query: { schema?, properties: { name, alias, country, nationality, birthDate, gender,
//          idNumber, passportNumber, registrationNumber, imoNumber, innCode… } }, options?: Partial<ScreenOptions>)
//     → ScreenMatch[] = { id, caption, schema, score, match, explanations, dataset, version }[], best first
//     ScreenOptions (SCREEN_DEFAULTS): threshold 0.7, limit 10, cutoff 0.5, candidates 30, datasets [], scoring
//   scorePair(name1, name2, schema?, options?) → { score, match, explanations }   (for score-pairs)
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
