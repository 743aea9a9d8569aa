// Parsers: scenario files, FtM JSON lines, CSV edge lists, DIMACS, the
// official sanctions lists and batch-screening input. All read from strings
// or line iterables and throw InputError with the place and the fix.

export * from './dimacs.js';
export * from './edge-list.js';
export * from './ftm-network.js';
export * from './lines.js';
export * from './scenario.js';
export * from './scenario-write.js';
export { SCENARIO_SCHEMA } from './scenario-schema.js';
export { parseOfacCsv, type OfacCsvFiles } from './ofac-csv.js';
export { parseOfacXml } from './ofac-xml.js';
export { parseUnXml } from './un-xml.js';
export { parseFtmJson } from './ftm-json.js';
export { readScreeningQueries, type QueryRow } from './screening-queries.js';
