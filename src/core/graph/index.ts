// The flow-analysis engine: compact typed-array graphs, max flow (two
// algorithms), cuts, decomposition, shares, weak links, reliable paths, robustness, centrality.

export * from './compact-graph.js';
export * from './network-graph.js';
export * from './flow-state.js';
export { dinic } from './dinic.js';
export { pushRelabel } from './push-relabel.js';
export * from './max-flow.js';
export * from './min-cut.js';
export * from './vertex-cut.js';
export * from './flow-decomposition.js';
export * from './largest-paths.js';
export * from './flow-shares.js';
export * from './weak-links.js';
export * from './terminals.js';
export * from './flow-analysis.js';
export * from './shortest-path.js';
export * from './reliable-paths.js';
export * from './simple-paths.js';
export * from './robustness.js';
export * from './prng.js';
export * from './graphology-graph.js';
export * from './centrality.js';
export * from './analyse-network.js';
