// Request and response contracts shared by the HTTP server and the web app:
// JSON Schema objects (validated by the server, published in /openapi.json) and TS types.

export * from './common.js';
export * from './networks.js';
export * from './network-build.js';
export * from './match.js';
export * from './jobs.js';
export * from './plan.js';
export * from './datasets.js';
export * from './json.js';
export type { FromSchema } from './from-schema.js';
export * from './layout.js';
export * from './reports.js';
