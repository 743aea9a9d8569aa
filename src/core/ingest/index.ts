// Parsers: scenario files, FtM JSON lines, CSV edge lists, DIMACS, and the
// official sanctions lists. All read from strings or line iterables.

export * from './dimacs.js';
export * from './edge-list.js';
export * from './ftm-network.js';
export * from './lines.js';
export * from './scenario.js';
export { SCENARIO_SCHEMA } from './scenario-schema.js';
