// A network watch's runs: each new network version evaluated against the
// last one under the adopted plan.

import { evaluate, type NetworkWatch } from '../../core/monitor/index.js';
import { decisions, type MonitorDeps, type WatchState } from './context.js';
import { record, type RunReport } from './record.js';

export async function runNetworkWatch(
  deps: MonitorDeps,
  w: NetworkWatch,
  state: WatchState,
  now: string,
): Promise<RunReport> {
  const report: RunReport = { watch: w.id, runs: [], raised: [], cleared: [] };
  const versions = (await deps.store.networkVersions(w.network)).map((v) => v.version).sort((a, b) => a - b);
  let from = state.network ?? versions[0] ?? 0;
  for (const to of versions.filter((v) => v > from)) {
    const snapshot = { kind: 'network' as const, name: w.network, from, to };
    const hint = state.bestPlan;
    const result = await evaluateNetworkRun(deps, w, from, to, hint);
    state = { ...state, network: to, ...(result.bestPlan ? { bestPlan: result.bestPlan } : {}) };
    await record(deps, w, state, now, snapshot, { ...result, ...(hint ? { hint } : {}) }, report);
    from = to;
  }
  if (!report.runs.length)
    await deps.monitor.commit({ put: [{ kind: 'watch-state', id: w.id, body: { ...state, lastRun: now } }] });
  return report;
}

/** One evaluation; `hint` is the best plan the previous run found (recorded with the run, so replay uses it too). */
export async function evaluateNetworkRun(
  deps: MonitorDeps,
  w: NetworkWatch,
  from: number,
  to: number,
  hint?: string[],
) {
  const previous = await deps.store.getNetwork(w.network, from);
  const current = await deps.store.getNetwork(w.network, to);
  const ds = await decisions(deps);
  return evaluate({
    watch: w,
    previous: { network: previous.network, version: from },
    current: { network: current.network, version: to },
    decisions: ds,
    ...(hint ? { options: { bestPlanHint: hint } } : {}),
  });
}
