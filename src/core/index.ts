// Interdict's core: pure TypeScript with no Node, DOM or I/O. Read this file
// to find where everything lives.

export * from './model/index.js';
export type * from './store/store.js';
