// Interdict's core: pure TypeScript with no Node, DOM or I/O. Read this file
// to find where everything lives; ARCHITECTURE.md says how the parts depend
// on each other.

/** Entities, networks, channels, actions, typed errors: the leaf module. */
export * from './model/index.js';
/** Parsers for every input format (scenario, FtM, CSV, DIMACS, OFAC, UN). */
export * as ingest from './ingest/index.js';
/** Screening: normalisation, transliteration, index, scoring, proximity. */
export * as match from './match/index.js';
/** Max flow, cuts, paths, shares, weak links, robustness on compact graphs. */
export * as graph from './graph/index.js';
/** Interdiction plans, the frontier, the adversary's rebuild. */
export * as plan from './plan/index.js';
/** The Store port every backend implements. */
export type * from './store/store.js';
