// What every monitoring use case shares: its dependencies, the clock, ids,
// a watch's last evaluated snapshot, and the stored alerts and decisions.

import type { Entity } from '../../core/model/entity.js';
import type { Network } from '../../core/model/network.js';
import {
  fnv1a,
  fullRescreen,
  type Alert,
  type AlertEvent,
  type BookWatch,
  type Decision,
  type NetworkWatch,
  type ReverseRescreen,
  type SnapshotRef,
} from '../../core/monitor/index.js';
import type { Store, VersionInfo } from '../../core/store/store.js';
import type { MonitorStore } from '../monitor-store.js';

export interface MonitorDeps {
  store: Store;
  monitor: MonitorStore;
  /** ISO timestamp; injectable so runs are reproducible. */
  now?: () => string;
  /** How book watches re-screen a list change (e.g. on several threads); default: on this thread. */
  rescreen?: ReverseRescreen;
  /**
   * How adding a network watch searches the best plan for its budget (action
   * ids; e.g. in a compute worker, so a server keeps answering); default:
   * searchBestPlan on this thread.
   */
  searchPlan?: (
    network: Network,
    info: VersionInfo,
    watch: Pick<NetworkWatch, 'budget' | 'pairs'>,
  ) => Promise<string[]>;
  /**
   * How a whole book is screened against a whole list version (a new book
   * watch's baseline, the weekly check, a replay of the baseline; e.g. on a
   * worker thread, so a server keeps answering); default: fullRescreen on this thread.
   */
  fullRescreen?: FullRescreen;
}

export type FullRescreen = (
  watch: BookWatch,
  entities: readonly Entity[],
  decisions: readonly Decision[],
  snapshot?: SnapshotRef,
) => Promise<Map<string, AlertEvent>>;

/** The full re-screen the deps give, or the core's on this thread. */
export const fullRescreenOf = (deps: MonitorDeps): FullRescreen =>
  deps.fullRescreen ?? (async (w, entities, ds, snapshot) => fullRescreen(w, entities, ds, snapshot));

export const nowOf = (deps: MonitorDeps) => (deps.now ?? (() => new Date().toISOString()))();

/** Last snapshot a watch evaluated, and when it last ran. */
export interface WatchState {
  watch: string;
  /** Network version, or dataset → version. */
  network?: number;
  datasets?: Record<string, number>;
  lastRun?: string;
  /** Network watches: the best plan for the budget the last run found, where the next run's drift search starts. */
  bestPlan?: string[];
}

export const MONITOR_DEFAULTS = { threshold: 0.7, scoreDelta: 0.05 };

export function newId(prefix: string, seed: string): string {
  return `${prefix}_${fnv1a(seed)}${fnv1a(seed + '#')}`.slice(0, prefix.length + 13);
}

export async function decisions(deps: MonitorDeps): Promise<Decision[]> {
  return deps.monitor.list<Decision>('decision');
}

export async function watchAlerts(deps: MonitorDeps, watch: string): Promise<Alert[]> {
  return (await deps.monitor.list<Alert>('alert')).filter((a) => a.watch === watch);
}
