// Networks from data: build a support network from sanctions lists and FtM
// records, tie analyst actors to listed entities, analyse association
// networks and the designations between two list versions.
// May import model, ingest, match (text folding) and graph; nothing above.

export * from './association.js';
export * from './build.js';
export * from './collect.js';
export * from './link-kinds.js';
export * from './link.js';
export * from './merge.js';
export * from './timeline.js';
