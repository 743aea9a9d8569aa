// The monitoring use case: watches over stored networks and counterparty
// books, runs that compare each new snapshot with the last one evaluated,
// alerts with their lifecycle, decisions that persist across list versions,
// replay and backtest. The CLI, the server's scheduler and its API all call
// these functions; storage is the Store and the MonitorStore ports.
//
// The modules under ./monitor/: watches (add, list, remove), run (the due
// watches), network-watch and book-watch (one kind of watch's runs each),
// list-change (a dataset's exact diff), record (the commit of a run), alerts
// (lifecycle and decisions), replay (replay and backtest), delivery (what
// deliveries and feeds carry).

export { alertId } from '../core/monitor/index.js';
export { MONITOR_DEFAULTS, type MonitorDeps } from './monitor/context.js';
export type { RunRecord, RunReport } from './monitor/record.js';
export {
  addWatch,
  getWatch,
  listWatches,
  loadBookIndex,
  removeWatch,
  type BookWatchSpec,
  type NetworkWatchSpec,
} from './monitor/watches.js';
export { runMonitor, type RunOptions } from './monitor/run.js';
export { listChange } from './monitor/list-change.js';
export { baselineBook, fullCheck } from './monitor/book-watch.js';
export {
  ackAlert,
  getAlert,
  listAlerts,
  listDecisions,
  resolveAlertById,
  type AlertQuery,
} from './monitor/alerts.js';
export { backtest, listRuns, replayRun, type BacktestRow, type ReplayResult } from './monitor/replay.js';
export { summary, watchFeed } from './monitor/delivery.js';
