// Monitoring the rebuild: watches over networks and counterparty books, the
// rules that compare snapshots, and the alert lifecycle. Pure: the monitor
// service and the adapters store, schedule and deliver.
export * from './types.js';
export * from './network-rules.js';
export { DRIFT_SEARCH, searchBestPlan } from './rule-plan-drift.js';
export { pairsIn } from './network-flow.js';
export * from './list-rules.js';
export * from './full-rescreen.js';
export * from './book-index.js';
export * from './lifecycle.js';
export * from './evaluate.js';
